package uk.send.funding.payments.domain;

import org.junit.jupiter.api.Test;
import uk.send.funding.money.domain.AcademicYear;
import uk.send.funding.money.domain.DateRange;
import uk.send.funding.money.domain.FinancialYear;
import uk.send.funding.money.domain.Money;
import uk.send.funding.money.domain.ProRata;
import uk.send.funding.money.domain.ProRataMethod;
import uk.send.funding.money.domain.TermCalendar;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleRulesTest {

    static final FinancialYear FY = new FinancialYear(2025);

    static Map<ScheduleReconciler.Cell, BigDecimal> due(String urn, String ref, BigDecimal annual) {
        var cells = ProRata.allocate(FY, List.of(new ProRata.Period(urn, "B", annual, new DateRange(FY.start(), FY.end()))),
                ProRataMethod.WHOLE_MONTHS, TermCalendar.none());
        Map<ScheduleReconciler.Cell, BigDecimal> due = new HashMap<>();
        cells.forEach(c -> due.put(new ScheduleReconciler.Cell(urn, ref, Element.TOP_UP, c.month()), c.amount()));
        return due;
    }

    /** Applies a plan to the stored lines, as the repository does. */
    static List<PaymentLine> apply(List<PaymentLine> stored, ScheduleReconciler.Plan plan) {
        List<PaymentLine> after = new ArrayList<>(stored.stream().filter(l -> !plan.delete().contains(l.id())).toList());
        long id = stored.stream().mapToLong(PaymentLine::id).max().orElse(0);
        for (PaymentLine l : plan.insert()) {
            after.add(new PaymentLine(++id, l.settingUrn(), l.ehcpRef(), l.element(), l.forMonth(), l.payMonth(), l.adjustment(), l.amount(), l.reason()));
        }
        return after;
    }

    @Test
    void shouldAdjustABackdatedBandChangeAfterThreeMonthsPaidWithoutRewritingThem() {
        List<PaymentLine> stored = apply(List.of(), ScheduleReconciler.reconcile(due("100001", "EHCP-1", Money.of("6000")), List.of(),
                null, PaymentFrequency.MONTHLY, "first"));
        assertThat(stored).hasSize(12).extracting(PaymentLine::amount).containsOnly(Money.of("500.00"));

        YearMonth paidThrough = YearMonth.of(2025, 6); // April, May, June paid
        List<PaymentLine> paid = stored.stream().filter(l -> !l.payMonth().isAfter(paidThrough)).toList();
        var plan = ScheduleReconciler.reconcile(due("100001", "EHCP-1", Money.of("9000")), stored, paidThrough,
                PaymentFrequency.MONTHLY, "Band B2 → B3 from 2025-04-01 (appeal upheld)");
        assertThat(plan.delete()).doesNotContainAnyElementsOf(paid.stream().map(PaymentLine::id).toList());
        List<PaymentLine> after = apply(stored, plan);

        assertThat(after).containsAll(paid);
        List<PaymentLine> adjustments = after.stream().filter(PaymentLine::adjustment).toList();
        assertThat(adjustments).hasSize(3).allSatisfy(a -> {
            assertThat(a.amount()).isEqualTo(Money.of("250.00"));
            assertThat(a.payMonth()).isEqualTo(YearMonth.of(2025, 7));
            assertThat(a.reason()).isEqualTo("Band B2 → B3 from 2025-04-01 (appeal upheld)");
        });
        assertThat(adjustments).extracting(PaymentLine::forMonth)
                .containsExactly(YearMonth.of(2025, 4), YearMonth.of(2025, 5), YearMonth.of(2025, 6));
        assertThat(ScheduleReconciler.total(after)).isEqualTo(Money.of("9000.00"));
        assertThat(ScheduleReconciler.totalsByMonth(after).values()).containsOnly(Money.of("750.00"));

        // Reconciling again with nothing new changes nothing.
        assertThat(ScheduleReconciler.reconcile(due("100001", "EHCP-1", Money.of("9000")), after, paidThrough,
                PaymentFrequency.MONTHLY, "again").isEmpty()).isTrue();
    }

    @Test
    void shouldTakeBackAPaidMonthWhenThePlanCeasedEarlier() {
        List<PaymentLine> stored = apply(List.of(), ScheduleReconciler.reconcile(due("100001", "EHCP-2", Money.of("1200")), List.of(),
                null, PaymentFrequency.MONTHLY, "first"));
        var plan = ScheduleReconciler.reconcile(Map.of(), stored, YearMonth.of(2025, 5), PaymentFrequency.MONTHLY, "Ceased from 2025-04-01");
        List<PaymentLine> after = apply(stored, plan);
        assertThat(after).filteredOn(PaymentLine::adjustment).extracting(PaymentLine::amount).containsOnly(Money.of("-100.00"));
        assertThat(ScheduleReconciler.total(after)).isEqualTo(Money.of("0.00"));
    }

    @Test
    void shouldPayTermlyInTheFirstMonthOfEachTerm() {
        var plan = ScheduleReconciler.reconcile(due("100001", "EHCP-3", Money.of("1200")), List.of(), null, PaymentFrequency.TERMLY, "first");
        assertThat(plan.insert()).extracting(PaymentLine::payMonth).containsOnly(YearMonth.of(2025, 4), YearMonth.of(2025, 9), YearMonth.of(2026, 1));
        assertThat(PaymentFrequency.TERMLY.nextPayMonth(YearMonth.of(2025, 4))).isEqualTo(YearMonth.of(2025, 9));
    }

    @Test
    void shouldSplitPlaceFundingFiveTwelfthsAndSevenTwelfths() {
        var commissions = Map.of(new AcademicYear(2024), new PlaceFunding.Commission(100, PlaceFunding.STANDARD_RATE),
                new AcademicYear(2025), new PlaceFunding.Commission(110, PlaceFunding.STANDARD_RATE));
        Map<YearMonth, BigDecimal> months = PlaceFunding.monthly(FY, commissions);
        assertThat(months).hasSize(12);
        assertThat(months.get(YearMonth.of(2025, 4))).isEqualTo(Money.of("83333.33"));
        // September: cumulative 508,333.33 less 416,666.67 paid to August (the rounding penny falls where it must).
        assertThat(months.get(YearMonth.of(2025, 9))).isEqualTo(Money.of("91666.66"));
        assertThat(PlaceFunding.annual(FY, commissions)).isEqualTo(Money.of("1058333.33"));
    }
}
