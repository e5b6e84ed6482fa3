package uk.send.funding.topup.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worked examples of the pro-rata rules (DOMAIN.md "Money in detail"; issue 10 "Top-up per EHCP" and "Proof"), every
 * figure worked out by hand, in the leap financial year 2027-28 (1 April 2027 to 31 March 2028, 366 days: it holds
 * 29 February 2028, a Tuesday). Easter 2027 is 28 March, Easter 2028 is 16 April; the early May bank holidays are
 * 3 May 2027 and 1 May 2028, left out of the LA's terms below.
 */
class MoneyRulesWorkedExamplesTest {

    static final FinancialYear FY = new FinancialYear(2027);

    /**
     * An LA's terms: summer 2027 (67 school days from April), then 2027/28 with exactly 190. School days per month of
     * FY 2027-28: Apr 15, May 19, Jun 18, Jul 15, Aug 0, Sep 19, Oct 16, Nov 22, Dec 13, Jan 19, Feb 16, Mar 23 = 195.
     */
    static final TermCalendar TERMS = new TermCalendar(List.of(
            r("2027-04-12", "2027-04-30"), r("2027-05-04", "2027-05-28"), r("2027-06-07", "2027-07-21"),
            r("2027-09-06", "2027-10-22"), r("2027-11-01", "2027-12-17"), r("2028-01-05", "2028-02-11"), r("2028-02-21", "2028-03-31"),
            r("2028-04-18", "2028-04-28"), r("2028-05-02", "2028-05-26"), r("2028-06-05", "2028-07-20")), 190);

    static final String A = "100001";
    static final String B = "100002";

    static DateRange r(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    static BigDecimal gbp(String s) {
        return Money.of(s);
    }

    static ProRata.Period period(String payee, String value, String from, String to) {
        return new ProRata.Period(payee, "B2", gbp(value), r(from, to));
    }

    static BigDecimal sum(List<ProRata.Cell> cells, String payee) {
        return cells.stream().filter(c -> payee == null || c.period().payee().equals(payee)).map(ProRata.Cell::amount)
                .reduce(Money.ZERO, BigDecimal::add);
    }

    @Test
    void shouldCountTheLeapYearAndTheLasCalendar() {
        assertThat(FY.lengthInDays()).isEqualTo(366);
        assertThat(LocalDate.parse("2028-02-29").getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(TERMS.schoolDays(r("2027-09-01", "2028-08-31"))).isEqualTo(190);
        assertThat(TERMS.schoolDays(r("2027-04-01", "2028-03-31"))).isEqualTo(195);
        assertThat(TERMS.schoolDays(r("2028-02-01", "2028-02-29"))).isEqualTo(16);
        assertThat(FinancialYear.of(LocalDate.parse("2028-03-31"))).isEqualTo(FY);
        assertThat(FinancialYear.of(LocalDate.parse("2028-04-01"))).isEqualTo(FY.next());
    }

    @Test
    void shouldPayAWholeLeapYearByCalendarDaysMonthByMonthToThePenny() {
        // 10,000 × days / 366, each month the rounded running total less what went before: April 300,000/366 = 819.67;
        // to May 610,000/366 = 1,666.67 so May 847.00; to January 8,360.66, to February (335 days) 9,153.01 so February 792.35.
        var cells = ProRata.allocate(FY, List.of(period(A, "10000", "2027-04-01", "2028-03-31")), ProRataMethod.CALENDAR_DAYS, TERMS);
        assertThat(cells).extracting(ProRata.Cell::amount).containsExactly(
                gbp("819.67"), gbp("847.00"), gbp("819.67"), gbp("846.99"), gbp("847.00"), gbp("819.67"),
                gbp("846.99"), gbp("819.68"), gbp("846.99"), gbp("847.00"), gbp("792.35"), gbp("846.99"));
        assertThat(cells.get(10).units()).isEqualTo(29);
        assertThat(sum(cells, null)).isEqualTo(gbp("10000.00"));
    }

    @Test
    void shouldPayAMoveOnTheTwentyNinthOfFebruaryOnceByEachMethod() {
        // A (£6,000) from 1 April 2027; B (£15,000) from 29 February 2028, the last day of the month: A's last day is 28 February.
        var stays = List.of(period(A, "6000", "2027-04-01", "2028-02-28"), period(B, "15000", "2028-02-29", "2028-03-31"));

        // Whole months: February is 28 days at A, 1 at B: A's. A: 11 × 500; B: March 1,250.
        var months = ProRata.allocate(FY, stays, ProRataMethod.WHOLE_MONTHS, TERMS);
        assertThat(months).hasSize(12);
        assertThat(sum(months, A)).isEqualTo(gbp("5500.00"));
        assertThat(sum(months, B)).isEqualTo(gbp("1250.00"));

        // Calendar days: A 334 days, B 32 (29 February and March). A 2,004,000/366 = 5,475.41; both 2,484,000/366 = 6,786.89.
        var days = ProRata.allocate(FY, stays, ProRataMethod.CALENDAR_DAYS, TERMS);
        assertThat(sum(days, A)).isEqualTo(gbp("5475.41"));
        assertThat(sum(days, B)).isEqualTo(gbp("1311.48"));
        assertThat(days).filteredOn(c -> c.month().equals(YearMonth.of(2028, 2))).extracting(ProRata.Cell::units).containsExactly(28L, 1L);

        // School days: A 171, B 24 (29 February is a Tuesday in term, then March's 23). A 6,000 × 171/190 = 5,400.00;
        // B 15,000 × 24/190 = 1,894.7368... = 1,894.74.
        var school = ProRata.allocate(FY, stays, ProRataMethod.SCHOOL_DAYS, TERMS);
        assertThat(sum(school, A)).isEqualTo(gbp("5400.00"));
        assertThat(sum(school, B)).isEqualTo(gbp("1894.74"));
    }

    @Test
    void shouldPayAMoveOnTheFirstDayOfAMonthTheWholeMonthsEitherSide() {
        // B from Monday 1 November 2027: October is A's, November B's.
        var stays = List.of(period(A, "6000", "2027-04-01", "2027-10-31"), period(B, "6000", "2027-11-01", "2028-03-31"));
        var months = ProRata.allocate(FY, stays, ProRataMethod.WHOLE_MONTHS, TERMS);
        assertThat(months).filteredOn(c -> c.period().payee().equals(A)).extracting(ProRata.Cell::month).last().isEqualTo(YearMonth.of(2027, 10));
        assertThat(sum(months, A)).isEqualTo(gbp("3500.00"));
        assertThat(sum(months, B)).isEqualTo(gbp("2500.00"));
        // The same value either side of the move: exactly the year's value by every method but school days.
        assertThat(sum(ProRata.allocate(FY, stays, ProRataMethod.CALENDAR_DAYS, TERMS), null)).isEqualTo(gbp("6000.00"));
    }

    @Test
    void shouldPriceAStartInAHolidayOrAtAWeekendFromTheNextSchoolDay() {
        // £9,000 from Wednesday 27 October 2027 (half term) or Saturday 30 October, to 31 March 2028.
        for (String start : List.of("2027-10-27", "2027-10-30", "2027-11-01")) {
            var p = List.of(period(A, "9000", start, "2028-03-31"));
            // School days: Nov 22 + Dec 13 + Jan 19 + Feb 16 + Mar 23 = 93; 837,000/190 = 4,405.263... = 4,405.26.
            assertThat(sum(ProRata.allocate(FY, p, ProRataMethod.SCHOOL_DAYS, TERMS), null)).isEqualTo(gbp("4405.26"));
            // Whole months: October has at most 5 of its 31 days: not paid. November to March: 5 × 750.
            assertThat(sum(ProRata.allocate(FY, p, ProRataMethod.WHOLE_MONTHS, TERMS), null)).isEqualTo(gbp("3750.00"));
        }
        // Calendar days count the holiday: 5 + 30 + 31 + 31 + 29 + 31 = 157 days; 1,413,000/366 = 3,860.655... = 3,860.66.
        assertThat(sum(ProRata.allocate(FY, List.of(period(A, "9000", "2027-10-27", "2028-03-31")), ProRataMethod.CALENDAR_DAYS, TERMS), null))
                .isEqualTo(gbp("3860.66"));
        // Half a month is enough: from 16 October (16 of 31 days) October is paid; from 17 October (15 days) it is not.
        assertThat(ProRata.units(ProRataMethod.WHOLE_MONTHS, r("2027-10-16", "2027-10-31"), TERMS)).isEqualTo(1);
        assertThat(ProRata.units(ProRataMethod.WHOLE_MONTHS, r("2027-10-17", "2027-10-31"), TERMS)).isZero();
        // February 2028 has 29 days: 15 are needed (15 to 29 February), 14 are not.
        assertThat(ProRata.units(ProRataMethod.WHOLE_MONTHS, r("2028-02-15", "2028-02-29"), TERMS)).isEqualTo(1);
        assertThat(ProRata.units(ProRataMethod.WHOLE_MONTHS, r("2028-02-16", "2028-02-29"), TERMS)).isZero();
    }

    @Test
    void shouldSplitAStayAcrossTheFinancialYearBoundaryByEachMethod() {
        // £12,000 from 1 March to 30 April 2028: March in 2027-28 (366 days), April in 2028-29 (365 days).
        var stay = List.of(period(A, "12000", "2028-03-01", "2028-04-30"));
        FinancialYear next = FY.next();
        // Calendar days: 12,000 × 31/366 = 1,016.39 and 12,000 × 30/365 = 986.30.
        assertThat(sum(ProRata.allocate(FY, stay, ProRataMethod.CALENDAR_DAYS, TERMS), null)).isEqualTo(gbp("1016.39"));
        assertThat(sum(ProRata.allocate(next, stay, ProRataMethod.CALENDAR_DAYS, TERMS), null)).isEqualTo(gbp("986.30"));
        // Whole months: 1,000 each side.
        assertThat(sum(ProRata.allocate(FY, stay, ProRataMethod.WHOLE_MONTHS, TERMS), null)).isEqualTo(gbp("1000.00"));
        assertThat(sum(ProRata.allocate(next, stay, ProRataMethod.WHOLE_MONTHS, TERMS), null)).isEqualTo(gbp("1000.00"));
        // School days: March 23 (276,000/190 = 1,452.63); April 9, after Easter Monday 17 April (108,000/190 = 568.42).
        assertThat(sum(ProRata.allocate(FY, stay, ProRataMethod.SCHOOL_DAYS, TERMS), null)).isEqualTo(gbp("1452.63"));
        assertThat(sum(ProRata.allocate(next, stay, ProRataMethod.SCHOOL_DAYS, TERMS), null)).isEqualTo(gbp("568.42"));
    }

    @Test
    void shouldRoundHalfAPennyUpAtTheOneNamedPlace() {
        // 0.95 × 1/190 = 0.005 exactly: half-up gives a penny (half-even would give none).
        assertThat(ProRata.amount(gbp("0.95"), 1, 190)).isEqualTo(gbp("0.01"));
        assertThat(Money.toPenny(new BigDecimal("2.675"))).isEqualTo(gbp("2.68"));
        assertThat(Money.toPenny(new BigDecimal("-2.675"))).isEqualTo(gbp("-2.68"));
    }

    // ---- scheme versions, whole-year prices and the month of a move ----

    /** Mainstream 2027-28: B2 £3,100.01 from 1 April 2027, uplifted to £3,205.41 from Wednesday 10 November 2027. */
    static final SchemeBook BOOK = new SchemeBook(List.of(
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.MAINSTREAM, 1, FY.start(), SchemeStatus.APPROVED,
                    List.of(new Band("B1", "", gbp("1600")), new Band("B2", "", gbp("3100.01"))), null),
            new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.MAINSTREAM, 2, LocalDate.parse("2027-11-10"), SchemeStatus.APPROVED,
                    List.of(new Band("B1", "", gbp("1654.40")), new Band("B2", "", gbp("3205.41"))), null)));

    static TopUpCalculator.YearTopUp topUp(EhcpTimeline timeline, ProRataMethod method) {
        return TopUpCalculator.compute(FY, timeline, BOOK, urn -> Optional.of(FundingCategory.MAINSTREAM), method, TERMS);
    }

    /** As TopUpService keeps them: one line per setting and month. */
    static Map<YearMonth, BigDecimal> byMonth(List<ProRata.Cell> cells) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        cells.forEach(c -> months.merge(c.month(), c.amount(), BigDecimal::add));
        return months;
    }

    @Test
    void shouldPriceAWholeYearChildTheSamePenniesPerEhcpAndFromTheWholeYearPrices() {
        // Placed and banded before the year began; an annual review in September keeps B2 (still one stay, one band).
        EhcpTimeline child = new EhcpTimeline(List.of(PlanChange.placed(LocalDate.parse("2026-09-01"), 1, A, "final plan"),
                PlanChange.band(LocalDate.parse("2026-09-01"), 1, "B2", "panel"),
                PlanChange.band(LocalDate.parse("2027-09-20"), 2, "B2", "annual review"),
                PlanChange.placed(LocalDate.parse("2027-09-20"), 2, A, "amended plan, same school")));
        assertThat(WholeYearPrices.isWholeYear(FY, child.segments(WholeYearPrices.window(FY)))).isTrue();
        // Calendar days: 223 days at 3,100.01 and 143 at 3,205.41: 1,149,675.86/366 = 3,141.19.
        // Whole months: November (9 days v1, 21 v2) at v2: (7 × 3,100.01 + 5 × 3,205.41)/12 = 37,727.12/12 = 3,143.93.
        // School days: 109 at v1 (1 to 9 November: 7), 86 at v2: 613,566.35/190 = 3,229.30 (195 school days, not 190).
        Map<ProRataMethod, String> yearTotal = Map.of(ProRataMethod.CALENDAR_DAYS, "3141.19", ProRataMethod.WHOLE_MONTHS, "3143.93",
                ProRataMethod.SCHOOL_DAYS, "3229.30");
        for (ProRataMethod method : ProRataMethod.values()) {
            var perEhcp = topUp(child, method);
            assertThat(perEhcp.unpriced()).isEmpty();
            assertThat(sum(perEhcp.cells(), A)).as(method.name()).isEqualTo(gbp(yearTotal.get(method)));
            Map<YearMonth, BigDecimal> whole = new LinkedHashMap<>();
            WholeYearPrices.of(FY, BOOK, List.of(FundingCategory.MAINSTREAM), method, TERMS).stream()
                    .filter(c -> c.bandCode().equals("B2")).forEach(c -> whole.put(c.month(), c.amount()));
            assertThat(whole).as(method.name()).isEqualTo(byMonth(perEhcp.cells()));
        }
    }

    @Test
    void shouldGiveAMonthToTheSettingWithMostDaysEvenWhenAnUpliftCutsItsStay() {
        // At A all year until a move to B from Friday 19 November 2027. November: A 1–9 (v1) and 10–18 (v2) = 18 days,
        // B 19–30 = 12 days. The month is A's, at A's later part (9 days each: ties to the later), v2.
        EhcpTimeline child = new EhcpTimeline(List.of(PlanChange.placed(FY.start(), 1, A, "final plan"),
                PlanChange.band(FY.start(), 1, "B2", "panel"), PlanChange.placed(LocalDate.parse("2027-11-19"), 2, B, "moved")));
        var cells = topUp(child, ProRataMethod.WHOLE_MONTHS).cells();
        assertThat(cells).hasSize(12);
        assertThat(cells).filteredOn(c -> c.month().equals(YearMonth.of(2027, 11))).singleElement().satisfies(c -> {
            assertThat(c.period().payee()).isEqualTo(A);
            assertThat(c.period().annualValue()).isEqualTo(gbp("3205.41"));
        });
        // Running twelfths: April to October 7 × 3,100.01, November 3,205.41 → A 2,075.46; B December to March 1,068.47.
        assertThat(sum(cells, A)).isEqualTo(gbp("2075.46"));
        assertThat(sum(cells, B)).isEqualTo(gbp("1068.47"));
        assertThat(sum(cells, null)).isEqualTo(gbp("3143.93"));
    }

    @Test
    void shouldNeverPayADayTwiceNorLoseOneAcrossMovesAndBandChanges() {
        // A from 1 April (B1), B2 agreed from 31 May (appeal backdated), moved to B from 29 February, ceased from 1 March 2028:
        // by calendar days every placed day is priced once: A 1 April–28 February (334 days), B 29 February (1 day).
        EhcpTimeline child = new EhcpTimeline(List.of(PlanChange.placed(FY.start(), 1, A, "final plan"),
                PlanChange.band(FY.start(), 1, "B1", "panel"), PlanChange.band(LocalDate.parse("2027-05-31"), 3, "B2", "appeal upheld"),
                PlanChange.placed(LocalDate.parse("2028-02-29"), 2, B, "moved"), PlanChange.ceased(LocalDate.parse("2028-03-01"), 4, "ceased")));
        List<ProRata.Cell> cells = new ArrayList<>(topUp(child, ProRataMethod.CALENDAR_DAYS).cells());
        assertThat(cells.stream().mapToLong(ProRata.Cell::units).sum()).isEqualTo(335);
        // B1 1 April–30 May (60 days at 1,600), B2 31 May–9 November (163 at 3,100.01), 10 November–29 February (112 at 3,205.41):
        // (96,000 + 505,301.63 + 359,005.92)/366 = 960,307.55/366 = 2,623.791... = 2,623.79.
        assertThat(sum(cells, null)).isEqualTo(gbp("2623.79"));
        assertThat(cells).filteredOn(c -> c.period().payee().equals(B)).singleElement()
                .satisfies(c -> assertThat(c.period().days()).isEqualTo(r("2028-02-29", "2028-02-29")));
    }
}
