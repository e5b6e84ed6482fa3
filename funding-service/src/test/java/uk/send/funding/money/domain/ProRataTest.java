package uk.send.funding.money.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Worked examples of each pro-rata method, from DOMAIN.md "Money in detail" and the issue. */
class ProRataTest {

    /** An LA's 2024/25 terms with half terms: 190 school days, 114 of them from 6 January. */
    static final TermCalendar TERMS_2024_25 = new TermCalendar(List.of(
            range("2024-09-02", "2024-10-25"), range("2024-11-04", "2024-12-23"),
            range("2025-01-06", "2025-02-14"), range("2025-02-24", "2025-03-28"),
            range("2025-04-22", "2025-05-23"), range("2025-06-02", "2025-07-18")), 190);

    static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    static BigDecimal gbp(String s) {
        return Money.of(s);
    }

    static BigDecimal sum(List<ProRata.Cell> cells) {
        return cells.stream().map(ProRata.Cell::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    @Test
    void shouldPriceTheDomainExampleBySchoolDays() {
        DateRange jan6ToAug31 = range("2025-01-06", "2025-08-31");
        assertThat(TERMS_2024_25.schoolDays(range("2024-09-01", "2025-08-31"))).isEqualTo(190);
        long units = ProRata.units(ProRataMethod.SCHOOL_DAYS, jan6ToAug31, TERMS_2024_25);
        assertThat(units).isEqualTo(114);
        assertThat(ProRata.amount(gbp("9000"), units, 190)).isEqualByComparingTo("5400.00");
    }

    @Test
    void shouldPriceTheDomainExampleByCalendarDays() {
        long units = ProRata.units(ProRataMethod.CALENDAR_DAYS, range("2025-01-06", "2025-08-31"), TERMS_2024_25);
        assertThat(units).isEqualTo(238);
        assertThat(ProRata.amount(gbp("9000"), units, 365)).isEqualTo(gbp("5868.49"));
    }

    @Test
    void shouldPriceTheDomainExampleByWholeMonths() {
        long units = ProRata.units(ProRataMethod.WHOLE_MONTHS, range("2025-01-06", "2025-08-31"), TERMS_2024_25);
        assertThat(units).isEqualTo(8);
        assertThat(ProRata.amount(gbp("9000"), units, 12)).isEqualTo(gbp("6000.00"));
    }

    @Test
    void shouldSplitAPeriodAcrossTheFinancialYearBoundaryWithoutLosingAPenny() {
        var period = new ProRata.Period("100001", "B2", gbp("9000"), range("2025-01-06", "2025-08-31"));
        // School days: 55 in January–March (FY 2024-25), 59 in April–July (FY 2025-26).
        var early = ProRata.allocate(new FinancialYear(2024), List.of(period), ProRataMethod.SCHOOL_DAYS, TERMS_2024_25);
        var late = ProRata.allocate(new FinancialYear(2025), List.of(period), ProRataMethod.SCHOOL_DAYS, TERMS_2024_25);
        assertThat(sum(early)).isEqualTo(gbp("2605.26"));
        assertThat(sum(late)).isEqualTo(gbp("2794.74"));
        assertThat(sum(early).add(sum(late))).isEqualTo(gbp("5400.00"));
        // Calendar days: 85 days before 1 April, 153 after.
        var earlyDays = ProRata.allocate(new FinancialYear(2024), List.of(period), ProRataMethod.CALENDAR_DAYS, TERMS_2024_25);
        var lateDays = ProRata.allocate(new FinancialYear(2025), List.of(period), ProRataMethod.CALENDAR_DAYS, TERMS_2024_25);
        assertThat(sum(earlyDays)).isEqualTo(gbp("2095.89"));
        assertThat(sum(lateDays)).isEqualTo(gbp("3772.60"));
        assertThat(sum(earlyDays).add(sum(lateDays))).isEqualTo(gbp("5868.49"));
    }

    @Test
    void shouldPayAWholeYearExactlyInTwelveMonthlyLinesByEveryMethod() {
        FinancialYear fy = new FinancialYear(2025);
        var period = new ProRata.Period("100001", "B1", gbp("1600"), new DateRange(fy.start(), fy.end()));
        var byDays = ProRata.allocate(fy, List.of(period), ProRataMethod.CALENDAR_DAYS, TermCalendar.none());
        assertThat(byDays).hasSize(12);
        assertThat(byDays.get(0).amount()).isEqualTo(gbp("131.51")); // April: 1600 × 30/365 = 131.5068...
        assertThat(sum(byDays)).isEqualTo(gbp("1600.00"));
        var byMonths = ProRata.allocate(fy, List.of(period), ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        assertThat(byMonths).extracting(ProRata.Cell::amount).containsOnly(gbp("133.33"), gbp("133.34"));
        assertThat(sum(byMonths)).isEqualTo(gbp("1600.00"));
    }

    @Test
    void shouldCountTheTwentyNinthOfFebruaryInALeapFinancialYear() {
        FinancialYear fy = new FinancialYear(2027); // April 2027 to March 2028 holds 29 February 2028
        assertThat(fy.lengthInDays()).isEqualTo(366);
        var whole = new ProRata.Period("100001", "B2", gbp("9000"), new DateRange(fy.start(), fy.end()));
        assertThat(sum(ProRata.allocate(fy, List.of(whole), ProRataMethod.CALENDAR_DAYS, TermCalendar.none()))).isEqualTo(gbp("9000.00"));
        var february = ProRata.allocate(fy, List.of(new ProRata.Period("100001", "B2", gbp("9000"), range("2028-02-01", "2028-03-31"))),
                ProRataMethod.CALENDAR_DAYS, TermCalendar.none());
        assertThat(february.get(0).units()).isEqualTo(29);
        assertThat(sum(february)).isEqualTo(gbp("1475.41")); // 9000 × 60/366 = 1475.4098...
    }

    @Test
    void shouldPayAMoveOnTheLastDayOfAMonthOnceByEachMethod() {
        FinancialYear fy = new FinancialYear(2025);
        // In A (mainstream, £6,000) from 1 April; moves to B (special, £15,000) on 31 May, the last day of the month.
        var a = new ProRata.Period("100001", "B2", gbp("6000"), range("2025-04-01", "2025-05-30"));
        var b = new ProRata.Period("200002", "S4", gbp("15000"), range("2025-05-31", "2026-03-31"));

        var months = ProRata.allocate(fy, List.of(a, b), ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        assertThat(months).filteredOn(c -> c.month().equals(YearMonth.of(2025, 5))).singleElement()
                .satisfies(c -> assertThat(c.period().payee()).isEqualTo("100001"));
        assertThat(sumFor(months, "100001")).isEqualTo(gbp("1000.00")); // April and May at 6000/12
        assertThat(sumFor(months, "200002")).isEqualTo(gbp("12500.00")); // June to March, 10 × 1250
        assertThat(months).hasSize(12);

        var days = ProRata.allocate(fy, List.of(a, b), ProRataMethod.CALENDAR_DAYS, TermCalendar.none());
        // A: 60 days × 6000/365 = 986.30; B: 305 days × 15000/365 = 12534.25; exact total 13520.547... = 13520.55
        assertThat(sumFor(days, "100001")).isEqualTo(gbp("986.30"));
        assertThat(sum(days)).isEqualTo(gbp("13520.55"));
        assertThat(days.stream().filter(c -> c.month().equals(YearMonth.of(2025, 5))).mapToLong(ProRata.Cell::units).sum()).isEqualTo(31);

        TermCalendar terms = new TermCalendar(List.of(range("2025-04-22", "2025-07-18"), range("2025-09-01", "2025-12-19"),
                range("2026-01-05", "2026-03-27")), 190);
        var school = ProRata.allocate(fy, List.of(a, b), ProRataMethod.SCHOOL_DAYS, terms);
        long aDays = terms.schoolDays(a.days());
        long bDays = terms.schoolDays(b.days());
        assertThat(aDays + bDays).isEqualTo(terms.schoolDays(new DateRange(fy.start(), fy.end())));
        BigDecimal exact = gbp("6000").multiply(BigDecimal.valueOf(aDays)).add(gbp("15000").multiply(BigDecimal.valueOf(bDays)));
        assertThat(sum(school)).isEqualTo(Money.toPenny(exact, 190));
    }

    private static BigDecimal sumFor(List<ProRata.Cell> cells, String payee) {
        return sum(cells.stream().filter(c -> c.period().payee().equals(payee)).toList());
    }

    @Test
    void shouldNameFinancialAndAcademicYears() {
        assertThat(FinancialYear.of(LocalDate.parse("2026-03-31"))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(LocalDate.parse("2026-04-01")).label()).isEqualTo("2026-27");
        assertThat(FinancialYear.parse("2025-26")).isEqualTo(new FinancialYear(2025));
        assertThat(AcademicYear.of(LocalDate.parse("2025-08-31")).label()).isEqualTo("2024/25");
        assertThat(AcademicYear.of(LocalDate.parse("2025-09-01")).label()).isEqualTo("2025/26");
    }
}
