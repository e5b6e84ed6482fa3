package uk.send.placement.placement.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A placement as the service returns it. */
public record PlacementInfo(UUID id, String ehcpRef, UUID providerId, String providerName, String urn, SettingGroup settingGroup,
                            NeedType needType, Integer ncy, LocalDate startDate, LocalDate endDate, BigDecimal annualCost,
                            boolean outOfArea, PlacementSource source, long version) {
}
