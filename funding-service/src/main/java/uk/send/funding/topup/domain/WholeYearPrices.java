package uk.send.funding.topup.domain;

import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The top-up of a child placed at one setting with one band for the whole of a financial year depends only on the
 * setting's category and the band: so it is priced once per (category, band), by the same {@link TopUpCalculator}
 * and split rule as any EHCP, and an uplift reprices every such child from these few prices (set-based, in SQL)
 * instead of child by child. Most children are placed like this; a child who moves or changes band within the year
 * is not, and is priced on its own.
 */
public final class WholeYearPrices {

    /** What a whole-year child of {@code category} in {@code bandCode} is due for {@code month}. Cells due nothing are left out. */
    public record Cell(FundingCategory category, String bandCode, YearMonth month, BigDecimal amount) {
    }

    private WholeYearPrices() {
    }

    /** Whether {@code segments} (of one EHCP within {@code year}) are one setting and one agreed band for every day of it. */
    public static boolean isWholeYear(FinancialYear year, List<Segment> segments) {
        if (segments.size() != 1) {
            return false;
        }
        Segment s = segments.get(0);
        return s.bandCode() != null && s.days().equals(window(year));
    }

    /** The monthly cells of every band of every approved scheme version of {@code year} in {@code categories}. */
    public static List<Cell> of(FinancialYear year, SchemeBook book, Iterable<FundingCategory> categories, ProRataMethod method,
                                TermCalendar calendar) {
        List<Cell> cells = new ArrayList<>();
        for (FundingCategory category : categories) {
            TreeSet<String> codes = new TreeSet<>();
            for (SchemeVersion v : book.approved()) {
                if (v.category() == category && v.year().equals(year)) {
                    v.bands().stream().map(Band::code).forEach(codes::add);
                }
            }
            for (String code : codes) {
                EhcpTimeline whole = new EhcpTimeline(List.of(PlanChange.placed(year.start(), 0, "whole-year", "whole year"),
                        PlanChange.band(year.start(), 0, code, "whole year")));
                var topUp = TopUpCalculator.compute(year, whole, book, urn -> Optional.of(category), method, calendar);
                // Two versions in force within one month are two cells of the month: one line, their sum (as for any EHCP).
                Map<YearMonth, BigDecimal> byMonth = new LinkedHashMap<>();
                for (ProRata.Cell c : topUp.cells()) {
                    byMonth.merge(c.month(), c.amount(), BigDecimal::add);
                }
                byMonth.forEach((month, amount) -> {
                    if (amount.signum() != 0) {
                        cells.add(new Cell(category, code, month, amount));
                    }
                });
            }
        }
        return cells;
    }

    public static DateRange window(FinancialYear year) {
        return new DateRange(year.start(), year.end());
    }
}
