package uk.send.plan.kpi.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.plan.kpi.domain.KpiDirection.DOWN;
import static uk.send.plan.kpi.domain.KpiDirection.UP;

class KpiMathTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static BigDecimal progress(String baseline, String target, KpiDirection direction, String value) {
        return KpiMath.progress(d(baseline), d(target), direction, value == null ? null : d(value));
    }

    @Test
    void shouldMeasureProgressTowardsAHigherTarget() {
        // 164 new special school places from none
        assertThat(progress("0", "164", UP, "41")).isEqualTo("25.0");
        assertThat(progress("0", "164", UP, "164")).isEqualByComparingTo("100");
    }

    @Test
    void shouldMeasureProgressTowardsALowerTarget() {
        // reduce independent placements from 120 to 90
        assertThat(progress("120", "90", DOWN, "105")).isEqualByComparingTo("50.0");
        assertThat(progress("120", "90", DOWN, "96")).isEqualByComparingTo("80.0");
        assertThat(progress("120", "90", DOWN, "120")).isEqualByComparingTo("0");
    }

    @Test
    void shouldClampProgressToZeroAndOneHundred() {
        assertThat(progress("120", "90", DOWN, "131")).isEqualTo("0.0");
        assertThat(progress("120", "90", DOWN, "80")).isEqualTo("100.0");
        assertThat(progress("40", "85", UP, "12.5")).isEqualByComparingTo("0");
        assertThat(progress("40", "85", UP, "99")).isEqualByComparingTo("100");
    }

    @Test
    void shouldRoundProgressHalfUpToOneDecimalPlace() {
        assertThat(progress("0", "3", UP, "1")).isEqualByComparingTo("33.3");
        assertThat(progress("0", "3", UP, "2")).isEqualByComparingTo("66.7");
        // exact halves: half up, not half even
        assertThat(progress("0", "2000", UP, "1")).isEqualByComparingTo("0.1");
        assertThat(progress("0", "2000", UP, "5")).isEqualByComparingTo("0.3");
        assertThat(progress("2000", "0", DOWN, "1995")).isEqualByComparingTo("0.3");
        // money with pennies: £1,250,000.00 → £1,000,000.00, now £1,187,499.99
        assertThat(progress("1250000.00", "1000000.00", DOWN, "1187499.99")).isEqualByComparingTo("25.0");
    }

    @Test
    void shouldTreatABaselineThatIsTheTargetAsHeldOrNot() {
        // hold out-county placements at 90
        assertThat(progress("90", "90", DOWN, "90")).isEqualByComparingTo("100");
        assertThat(progress("90", "90", DOWN, "85")).isEqualByComparingTo("100");
        assertThat(progress("90", "90", DOWN, "91")).isEqualByComparingTo("0");
        assertThat(progress("85", "85", UP, "84.99")).isEqualByComparingTo("0");
        assertThat(KpiMath.onTrack(d("90"), LocalDate.of(2026, 1, 1), d("90"), LocalDate.of(2026, 12, 31), DOWN, d("90"), LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(KpiMath.onTrack(d("90"), LocalDate.of(2026, 1, 1), d("90"), LocalDate.of(2026, 12, 31), DOWN, d("90.01"), LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void shouldHaveNoProgressOrCourseWithoutAMeasurement() {
        assertThat(progress("120", "90", DOWN, null)).isNull();
        assertThat(KpiMath.onTrack(d("120"), LocalDate.of(2026, 1, 1), d("90"), LocalDate.of(2027, 1, 1), DOWN, null, LocalDate.of(2026, 6, 1))).isNull();
    }

    @Test
    void shouldDrawTheLineAcrossTheYearEnd() {
        LocalDate from = LocalDate.of(2025, 12, 1);
        LocalDate to = LocalDate.of(2026, 3, 1); // 90 days: 31 + 31 + 28
        LocalDate midway = LocalDate.of(2026, 1, 15); // 45 days in
        assertThat(KpiMath.expected(d("120"), from, d("90"), to, midway)).isEqualTo("105.00");
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("105"), midway)).isTrue();
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("105.01"), midway)).isFalse();
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("104"), midway)).isTrue();
        // one day after New Year's Eve is 32 days in
        assertThat(KpiMath.expected(d("0"), from, d("90"), to, LocalDate.of(2026, 1, 2))).isEqualByComparingTo("32.00");
    }

    @Test
    void shouldCountTheLeapDay() {
        LocalDate from = LocalDate.of(2027, 12, 31);
        LocalDate to = LocalDate.of(2028, 12, 31); // 366 days
        assertThat(KpiMath.expected(d("0"), from, d("366"), to, LocalDate.of(2028, 3, 1))).isEqualByComparingTo("61.00");
        assertThat(KpiMath.onTrack(d("0"), from, d("366"), to, UP, d("61"), LocalDate.of(2028, 3, 1))).isTrue();
        assertThat(KpiMath.onTrack(d("0"), from, d("366"), to, UP, d("60.99"), LocalDate.of(2028, 3, 1))).isFalse();
    }

    @Test
    void shouldCompareExactlyWithoutRoundingTheLine() {
        // a third of the way from 0 to 100 is 33.333…: 33.33 is just short, 33.34 is on track
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = from.plusDays(3);
        assertThat(KpiMath.expected(d("0"), from, d("100"), to, from.plusDays(1))).isEqualByComparingTo("33.33");
        assertThat(KpiMath.onTrack(d("0"), from, d("100"), to, UP, d("33.33"), from.plusDays(1))).isFalse();
        assertThat(KpiMath.onTrack(d("0"), from, d("100"), to, UP, d("33.34"), from.plusDays(1))).isTrue();
        // two thirds: 66.666… rounds half up to 66.67
        assertThat(KpiMath.expected(d("0"), from, d("100"), to, from.plusDays(2))).isEqualByComparingTo("66.67");
    }

    @Test
    void shouldHoldTheLineBeforeItStartsAndAfterItEnds() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        LocalDate to = LocalDate.of(2027, 3, 31);
        assertThat(KpiMath.expected(d("120"), from, d("90"), to, LocalDate.of(2026, 1, 1))).isEqualByComparingTo("120");
        assertThat(KpiMath.expected(d("120"), from, d("90"), to, from)).isEqualByComparingTo("120");
        assertThat(KpiMath.expected(d("120"), from, d("90"), to, to)).isEqualByComparingTo("90");
        assertThat(KpiMath.expected(d("120"), from, d("90"), to, LocalDate.of(2028, 1, 1))).isEqualByComparingTo("90");
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("120"), LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("91"), LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(KpiMath.onTrack(d("120"), from, d("90"), to, DOWN, d("90"), LocalDate.of(2028, 1, 1))).isTrue();
    }

    @Test
    void shouldTellTheTrendFromTheLastTwoValues() {
        assertThat(KpiMath.trend(d("105"), d("101"))).isEqualTo(KpiMath.Trend.DOWN);
        assertThat(KpiMath.trend(d("101"), d("105"))).isEqualTo(KpiMath.Trend.UP);
        assertThat(KpiMath.trend(d("105.00"), d("105"))).isEqualTo(KpiMath.Trend.FLAT);
        assertThat(KpiMath.trend(null, d("105"))).isNull();
    }

    @Test
    void shouldRoundValuesHalfUpToThePenny() {
        assertThat(KpiMath.value(d("10.005"))).isEqualTo("10.01");
        assertThat(KpiMath.value(d("105"))).isEqualTo("105.00");
        assertThat(KpiMath.value(null)).isNull();
    }
}
