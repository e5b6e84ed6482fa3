package uk.send.placement.placement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.placement.domain.PlacementInfo;
import uk.send.placement.placement.domain.PlacementSource;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A placement as the API shows it; {@code version} is its ETag. */
public record PlacementView(UUID id, @Schema(example = "EHCP-2026-0042") String ehcpRef, UUID providerId,
                            @Schema(example = "Oakwood Special School") String providerName, @Schema(example = "100123") String urn,
                            SettingGroup settingGroup, NeedType needType, @Schema(example = "7") Integer ncy,
                            LocalDate startDate, LocalDate endDate, BigDecimal annualCost, boolean outOfArea,
                            @Schema(description = "DECISION: from the EHCP's decisions; OFFICER: entered by hand") PlacementSource source,
                            long version) {

    static PlacementView of(PlacementInfo p) {
        return new PlacementView(p.id(), p.ehcpRef(), p.providerId(), p.providerName(), p.urn(), p.settingGroup(), p.needType(),
                p.ncy(), p.startDate(), p.endDate(), p.annualCost(), p.outOfArea(), p.source(), p.version());
    }

    /** One page of placements. */
    public record PlacementPage(List<PlacementView> items, int page, int size, long totalItems, int totalPages) {
    }
}
