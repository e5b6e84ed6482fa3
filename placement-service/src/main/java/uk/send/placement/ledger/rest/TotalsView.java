package uk.send.placement.ledger.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.send.placement.ledger.domain.LedgerTotals;
import uk.send.placement.ledger.domain.VacancyBand;
import uk.send.placement.provider.domain.NeedType;
import uk.send.placement.provider.domain.SettingGroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ledger's totals as the API shows them. */
@Schema(name = "LedgerTotals")
public record TotalsView(@Schema(example = "2026/27") String academicYear,
                         @Schema(description = "The day occupancy was counted: today, or the year's first or last day") LocalDate countedOn,
                         @Schema(example = "3.00") BigDecimal vacancyMinPct, @Schema(example = "8.00") BigDecimal vacancyMaxPct,
                         @Schema(description = "The groupings, in order", example = "[\"needType\", \"phase\"]") List<String> groupedBy,
                         List<GroupView> groups, FiguresView total) {

    static TotalsView of(LedgerTotals t) {
        return new TotalsView(t.academicYear().label(), t.countedOn(), t.band().minPct(), t.band().maxPct(), LedgerTotalsResource.params(t.groupedBy()),
                t.groups().stream().map(g -> GroupView.of(g, t.groupedBy())).toList(), FiguresView.of(t.total()));
    }

    /**
     * One group: the fields grouped by are present (a provider whose phase is not on the register counts under
     * {@code NOT_RECORDED}), the others absent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LedgerTotalsGroup")
    public record GroupView(@Schema(implementation = NeedType.class) String needType,
                            @Schema(description = "A phase of education, or NOT_RECORDED", example = "PRIMARY") String phase,
                            @Schema(implementation = SettingGroup.class) String settingGroup, int providers, int commissioned, int occupied, int vacant,
                            @Schema(description = "Vacant as a % of commissioned; absent when nothing is commissioned") BigDecimal vacancyPct,
                            int requested, VacancyBand.State band) {

        static GroupView of(LedgerTotals.Group g, List<LedgerTotals.Dimension> by) {
            LedgerTotals.Figures f = g.figures();
            String phase = by.contains(LedgerTotals.Dimension.PHASE) ? (g.phase() == null ? NOT_RECORDED : g.phase().name()) : null;
            return new GroupView(name(g.needType()), phase, name(g.settingGroup()), f.providers(), f.commissioned(), f.occupied(), f.vacant(),
                    f.vacancyPct(), f.requested(), f.bandState());
        }
    }

    static final String NOT_RECORDED = "NOT_RECORDED";

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    @Schema(name = "LedgerTotalsFigures")
    public record FiguresView(int providers, int commissioned, int occupied, int vacant, BigDecimal vacancyPct, int requested, VacancyBand.State band) {

        static FiguresView of(LedgerTotals.Figures f) {
            return new FiguresView(f.providers(), f.commissioned(), f.occupied(), f.vacant(), f.vacancyPct(), f.requested(), f.bandState());
        }
    }
}
