package uk.send.plan.ehcp.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SEN2's timeliness of new EHC plans for one period: of the plans first issued in it, how many were issued
 * within 20 weeks of the request (SEND Regs 13(2)), counting every plan ("including exceptions") and leaving
 * out the plans where a Reg 10(4) exception applied ("excluding exceptions"), as the SEN2 return asks.
 *
 * @param period "2025" for a calendar year (SEN2 counts calendar years), "2025-03" for a month
 */
public record Timeliness(String period, int issued, int withinTwentyWeeks, int issuedExcludingExceptions,
                         int withinTwentyWeeksExcludingExceptions) {

    /** Per cent within 20 weeks, all plans; null when none were issued. */
    public BigDecimal percentWithinTwentyWeeks() {
        return percent(withinTwentyWeeks, issued);
    }

    /** Per cent within 20 weeks of the plans without an exception; null when there were none. */
    public BigDecimal percentExcludingExceptions() {
        return percent(withinTwentyWeeksExcludingExceptions, issuedExcludingExceptions);
    }

    public Timeliness plus(Timeliness other, String period) {
        return new Timeliness(period, issued + other.issued, withinTwentyWeeks + other.withinTwentyWeeks,
                issuedExcludingExceptions + other.issuedExcludingExceptions,
                withinTwentyWeeksExcludingExceptions + other.withinTwentyWeeksExcludingExceptions);
    }

    /** The one place a share is rounded: half up to one decimal place, as SEN2 tables show it. */
    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
