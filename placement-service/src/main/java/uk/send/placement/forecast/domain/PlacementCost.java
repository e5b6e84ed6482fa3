package uk.send.placement.forecast.domain;

import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;

/** The annual cost of a placement of one need type in one setting group: what the forecast prices places at. */
public record PlacementCost(NeedType need, SettingGroup setting, BigDecimal annualCost) {
}
