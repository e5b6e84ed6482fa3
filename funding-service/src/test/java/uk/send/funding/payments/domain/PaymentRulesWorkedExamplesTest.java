package uk.send.funding.payments.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.banding.domain.Band;
import uk.send.funding.banding.domain.FundingCategory;
import uk.send.funding.banding.domain.SchemeBook;
import uk.send.funding.banding.domain.SchemeStatus;
import uk.send.funding.banding.domain.SchemeVersion;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;
import uk.send.funding.topup.domain.EhcpTimeline;
import uk.send.funding.topup.domain.PlanChange;
import uk.send.funding.topup.domain.TopUpCalculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Worked examples of place funding (DOMAIN.md "Money facts" and "Money in detail": £10,000 a place in special schools and
 * AP, £6,000 or £10,000 in resourced provision, a financial year = 5/12 of one academic year + 7/12 of the next) and of
 * payment schedules (issue 10: monthly or termly lines adding up to the year to the penny; a late decision never rewrites a
 * paid month but adds an adjustment line saying why), worked out by hand in the leap financial year 2027-28.
 */
class PaymentRulesWorkedExamplesTest {

    static final FinancialYear FY = new FinancialYear(2027);

    static BigDecimal gbp(String s) {
        return Money.of(s);
    }

    static BigDecimal total(Map<YearMonth, BigDecimal> months) {
        return months.values().stream().reduce(Money.ZERO, BigDecimal::add);
    }

    @Test
    void shouldFundSpecialSchoolPlacesFiveTwelfthsAndSevenTwelfths() {
        // 60 places in 2026/27, 64 in 2027/28 at £10,000: 5/12 × 600,000 = 250,000 + 7/12 × 640,000 = 373,333.33.
        var months = PlaceFunding.monthly(FY, Map.of(new AcademicYear(2026), new PlaceFunding.Commission(60, PlaceFunding.STANDARD_RATE),
                new AcademicYear(2027), new PlaceFunding.Commission(64, PlaceFunding.STANDARD_RATE)));
        assertThat(months.values()).containsExactly(gbp("50000.00"), gbp("50000.00"), gbp("50000.00"), gbp("50000.00"), gbp("50000.00"),
                gbp("53333.33"), gbp("53333.34"), gbp("53333.33"), gbp("53333.33"), gbp("53333.34"), gbp("53333.33"), gbp("53333.33"));
        assertThat(total(months)).isEqualTo(gbp("623333.33"));
    }

    @Test
    void shouldFundResourcedProvisionAtEitherRateAndApFromItsFirstCommissionedYear() {
        // Resourced provision at £6,000: 7 places then 8: 5/12 × 42,000 = 17,500 + 7/12 × 48,000 = 28,000.
        var rp = PlaceFunding.monthly(FY, Map.of(new AcademicYear(2026), new PlaceFunding.Commission(7, PlaceFunding.LOWER_RESOURCED_RATE),
                new AcademicYear(2027), new PlaceFunding.Commission(8, PlaceFunding.LOWER_RESOURCED_RATE)));
        assertThat(rp.get(YearMonth.of(2027, 8))).isEqualTo(gbp("3500.00"));
        assertThat(rp.get(YearMonth.of(2027, 9))).isEqualTo(gbp("4000.00"));
        assertThat(total(rp)).isEqualTo(gbp("45500.00"));
        // Resourced provision at £10,000, 5 places both years: 50,000 a year, 4,166.67 / 4,166.66 a month.
        var rp10 = PlaceFunding.monthly(FY, Map.of(new AcademicYear(2026), new PlaceFunding.Commission(5, PlaceFunding.STANDARD_RATE),
                new AcademicYear(2027), new PlaceFunding.Commission(5, PlaceFunding.STANDARD_RATE)));
        assertThat(rp10.values()).containsOnly(gbp("4166.67"), gbp("4166.66"));
        assertThat(total(rp10)).isEqualTo(gbp("50000.00"));
        // A new AP commissioned from September 2027 only, 13 places: 7/12 × 130,000 = 75,833.333... = 75,833.33; nothing April–August.
        var ap = PlaceFunding.monthly(FY, Map.of(new AcademicYear(2027), new PlaceFunding.Commission(13, PlaceFunding.STANDARD_RATE)));
        assertThat(ap).hasSize(7).doesNotContainKey(YearMonth.of(2027, 8));
        assertThat(PlaceFunding.annual(FY, Map.of(new AcademicYear(2027), new PlaceFunding.Commission(13, PlaceFunding.STANDARD_RATE))))
                .isEqualTo(gbp("75833.33"));
    }

    @Test
    void shouldAllowOnlyTheNationalPlaceRates() {
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.SPECIAL, gbp("10000"))).isTrue();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.ALTERNATIVE_PROVISION, gbp("10000"))).isTrue();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.RESOURCED_PROVISION, gbp("10000"))).isTrue();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.RESOURCED_PROVISION, new BigDecimal("6000"))).isTrue();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.SPECIAL, gbp("6000"))).isFalse();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.ALTERNATIVE_PROVISION, gbp("6000"))).isFalse();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.RESOURCED_PROVISION, gbp("8000"))).isFalse();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.MAINSTREAM, gbp("10000"))).isFalse();
        assertThat(PlaceFunding.isAllowedRate(FundingCategory.POST_16, gbp("6000"))).isFalse();
    }

    @Test
    void shouldPayTermlyLinesThatAddUpToTheYear() {
        // £12,345.67 by whole months: 1,028.8058... a month; running totals give 1,028.81 / 1,028.80.
        // Summer (April–August, paid April) 5,144.03; autumn (September–December, paid September) 4,115.22; spring 3,086.42.
        var cells = ProRata.allocate(FY, List.of(new ProRata.Period("100001", "B", gbp("12345.67"), new DateRange(FY.start(), FY.end()))),
                ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        Map<ScheduleReconciler.Cell, BigDecimal> due = new HashMap<>();
        cells.forEach(c -> due.put(new ScheduleReconciler.Cell("100001", "EHCP-T", Element.TOP_UP, c.month()), c.amount()));
        var plan = ScheduleReconciler.reconcile(due, List.of(), null, PaymentFrequency.TERMLY, "first");
        Map<YearMonth, BigDecimal> byPayMonth = plan.insert().stream()
                .collect(Collectors.groupingBy(PaymentLine::payMonth, Collectors.reducing(Money.ZERO, PaymentLine::amount, BigDecimal::add)));
        assertThat(byPayMonth).containsOnly(Map.entry(YearMonth.of(2027, 4), gbp("5144.03")), Map.entry(YearMonth.of(2027, 9), gbp("4115.22")),
                Map.entry(YearMonth.of(2028, 1), gbp("3086.42")));
        assertThat(ScheduleReconciler.total(plan.insert())).isEqualTo(gbp("12345.67"));
        // Spring paid (through January 2028): an adjustment goes to the next term's first month, April 2028 (the next year).
        assertThat(PaymentFrequency.TERMLY.nextPayMonth(YearMonth.of(2028, 1))).isEqualTo(YearMonth.of(2028, 4));
    }

    /** Mainstream 2027-28: B2 £6,000 and B3 £9,000. */
    static final SchemeBook BOOK = new SchemeBook(List.of(new SchemeVersion(UUID.randomUUID(), FY, FundingCategory.MAINSTREAM, 1,
            FY.start(), SchemeStatus.APPROVED, List.of(new Band("B2", "", gbp("6000")), new Band("B3", "", gbp("9000"))), null)));

    static Map<ScheduleReconciler.Cell, BigDecimal> due(List<PlanChange> changes) {
        var topUp = TopUpCalculator.compute(FY, new EhcpTimeline(changes), BOOK, urn -> Optional.of(FundingCategory.MAINSTREAM),
                ProRataMethod.CALENDAR_DAYS, TermCalendar.none());
        Map<ScheduleReconciler.Cell, BigDecimal> due = new HashMap<>();
        for (ProRata.Cell c : topUp.cells()) {
            due.merge(new ScheduleReconciler.Cell(c.period().payee(), "EHCP-9", Element.TOP_UP, c.month()), c.amount(), BigDecimal::add);
        }
        return due;
    }

    @Test
    void shouldAdjustAnAppealUpheldFromMidMayAfterThreeMonthsPaidWithoutRewritingThem() {
        List<PlanChange> agreed = List.of(PlanChange.placed(FY.start(), 1, "100001", "final plan"), PlanChange.band(FY.start(), 1, "B2", "panel"));
        List<PaymentLine> stored = ScheduleRulesTest.apply(List.of(), ScheduleReconciler.reconcile(due(agreed), List.of(), null, PaymentFrequency.MONTHLY, "first"));
        // 6,000 × days/366, running: April 491.80, May (61 days) 1,000.00 → 508.20, June (91 days) 1,491.80 → 491.80.
        Map<YearMonth, BigDecimal> before = ScheduleReconciler.totalsByMonth(stored);
        assertThat(before.get(YearMonth.of(2027, 5))).isEqualTo(gbp("508.20"));
        assertThat(before.get(YearMonth.of(2027, 6))).isEqualTo(gbp("491.80"));
        YearMonth paidThrough = YearMonth.of(2027, 6);
        List<PaymentLine> paid = stored.stream().filter(l -> !l.payMonth().isAfter(paidThrough)).toList();
        assertThat(paid).hasSize(3);

        // Appeal upheld in July: B3 from Saturday 15 May 2027. New running totals: to 14 May 264,000/366 = 721.31,
        // to 31 May 417,000/366 = 1,139.34 (May 647.54), to 30 June 687,000/366 = 1,877.05 (June 737.71).
        List<PlanChange> upheld = new ArrayList<>(agreed);
        upheld.add(PlanChange.band(LocalDate.parse("2027-05-15"), 2, "B3", "appeal upheld"));
        String why = "Band appeal upheld: B3 from 2027-05-15";
        var plan = ScheduleReconciler.reconcile(due(upheld), stored, paidThrough, PaymentFrequency.MONTHLY, why);
        assertThat(plan.delete()).doesNotContainAnyElementsOf(paid.stream().map(PaymentLine::id).toList());
        List<PaymentLine> after = ScheduleRulesTest.apply(stored, plan);
        assertThat(after).containsAll(paid);
        // May 647.54 − 508.20 = 139.34; June 737.71 − 491.80 = 245.91; April unchanged: no line. Paid in July, saying why.
        assertThat(after).filteredOn(PaymentLine::adjustment).extracting(PaymentLine::forMonth, PaymentLine::amount, PaymentLine::payMonth, PaymentLine::reason)
                .containsExactlyInAnyOrder(
                        tuple(YearMonth.of(2027, 5), gbp("139.34"), YearMonth.of(2027, 7), why),
                        tuple(YearMonth.of(2027, 6), gbp("245.91"), YearMonth.of(2027, 7), why));
        // The year: 44 days at 6,000 and 322 at 9,000: 3,162,000/366 = 8,639.34, paid, adjusted and scheduled lines together.
        assertThat(ScheduleReconciler.total(after)).isEqualTo(gbp("8639.34"));
        // Every month's lines (paid, adjustment, scheduled) add up to what is now due for it.
        assertThat(new TreeMap<>(ScheduleReconciler.totalsByMonth(after))).isEqualTo(byMonth(due(upheld)));
        assertThat(ScheduleReconciler.reconcile(due(upheld), after, paidThrough, PaymentFrequency.MONTHLY, "again").isEmpty()).isTrue();
    }

    static Map<YearMonth, BigDecimal> byMonth(Map<ScheduleReconciler.Cell, BigDecimal> due) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        due.forEach((c, amount) -> months.merge(c.forMonth(), amount, BigDecimal::add));
        return months;
    }
}
