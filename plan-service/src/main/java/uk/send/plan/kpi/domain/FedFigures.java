package uk.send.plan.kpi.domain;

import uk.send.platform.events.EventTypes;
import uk.send.platform.events.ExceptionalSpendMonthly;
import uk.send.platform.events.PlacementCounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The figures other services publish that a KPI measure can take as its values, each named by the {@code source} a
 * measure is given: the event type for an event's one figure, or {@code <event type>#<figure>} where it carries
 * several. A measure whose source names a figure gets a measurement from each such event of its LA, dated the day
 * the figure is of (one per day and source, so a repeated event records nothing more).
 */
public final class FedFigures {

    /** The month's approved exceptional (non-EHCP) top-ups, in £: "non-EHCP high-needs spend reduces". */
    public static final String EXCEPTIONAL_SPEND = EventTypes.EXCEPTIONAL_SPEND_MONTHLY;
    /** Placements running at the month's end, per kind; "number of CYP requiring independent placement reduces". */
    public static final String PLACEMENTS = EventTypes.PLACEMENT_COUNTS_PUBLISHED + "#placements";
    public static final String INDEPENDENT_PLACEMENTS = EventTypes.PLACEMENT_COUNTS_PUBLISHED + "#independentPlacements";
    public static final String OUT_OF_AREA_PLACEMENTS = EventTypes.PLACEMENT_COUNTS_PUBLISHED + "#outOfAreaPlacements";
    /** The annual cost of the independent (out-of-area) placements running at the month's end, in £. */
    public static final String INDEPENDENT_ANNUAL_SPEND = EventTypes.PLACEMENT_COUNTS_PUBLISHED + "#independentAnnualSpend";
    public static final String OUT_OF_AREA_ANNUAL_SPEND = EventTypes.PLACEMENT_COUNTS_PUBLISHED + "#outOfAreaAnnualSpend";

    /** Every source this service fills from events. */
    public static final List<String> SOURCES = List.of(EXCEPTIONAL_SPEND, PLACEMENTS, INDEPENDENT_PLACEMENTS, OUT_OF_AREA_PLACEMENTS,
            INDEPENDENT_ANNUAL_SPEND, OUT_OF_AREA_ANNUAL_SPEND);

    /** A figure for the measures fed by {@code source}, of {@code day}, with a note saying where it came from. */
    public record Figure(String source, LocalDate day, BigDecimal value, String note) {
    }

    private FedFigures() {
    }

    /** The month's total, dated the month's last day. */
    public static List<Figure> of(ExceptionalSpendMonthly spend) {
        YearMonth month = YearMonth.parse(spend.month());
        return List.of(new Figure(EXCEPTIONAL_SPEND, month.atEndOfMonth(), spend.total(),
                "£" + spend.total().toPlainString() + " of exceptional top-ups without an EHCP approved in " + spend.month()
                        + " (" + spend.approvals() + (spend.approvals() == 1 ? " application)" : " applications)")));
    }

    /** Each of the month's counts and costs, dated the day they were counted on. */
    public static List<Figure> of(PlacementCounts counts) {
        String on = " on " + counts.asOf();
        return List.of(
                new Figure(PLACEMENTS, counts.asOf(), BigDecimal.valueOf(counts.placements()), counts.placements() + " placements running" + on),
                new Figure(INDEPENDENT_PLACEMENTS, counts.asOf(), BigDecimal.valueOf(counts.independentPlacements()),
                        counts.independentPlacements() + " independent placements running" + on),
                new Figure(OUT_OF_AREA_PLACEMENTS, counts.asOf(), BigDecimal.valueOf(counts.outOfAreaPlacements()),
                        counts.outOfAreaPlacements() + " out-of-area placements running" + on),
                new Figure(INDEPENDENT_ANNUAL_SPEND, counts.asOf(), counts.independentAnnualSpend(),
                        "annual cost of the independent placements running" + on),
                new Figure(OUT_OF_AREA_ANNUAL_SPEND, counts.asOf(), counts.outOfAreaAnnualSpend(),
                        "annual cost of the out-of-area placements running" + on));
    }
}
