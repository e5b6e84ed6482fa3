package uk.send.plan.kpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The arithmetic of a success criterion's measure: how far a value has come from baseline to target,
 * whether the latest value is on course for the target date, and which way the last two values moved.
 * "Better" follows the measure's direction, so "reduce independent placements from 120 to 90" is 50%
 * done at 105. Pure calculation, no framework.
 */
public final class KpiMath {

    /** Which way the value moved between the last two measurements (the raw value, not "better"). */
    public enum Trend { UP, DOWN, FLAT }

    /** Progress is a percentage with one decimal place. */
    public static final int PROGRESS_SCALE = 1;
    /** Values are stored as numeric(14,2). */
    public static final int VALUE_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(PROGRESS_SCALE);
    private static final BigDecimal ALL = HUNDRED.setScale(PROGRESS_SCALE);

    private KpiMath() {
    }

    /** The one place a value is rounded to its stored scale, half up. */
    public static BigDecimal value(BigDecimal v) {
        return v == null ? null : v.setScale(VALUE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * How far {@code value} is along the way from {@code baseline} to {@code target}, 0 to 100 (clamped), one
     * decimal place, half up; null without a value. When the baseline already is the target (a "hold at"
     * measure), it is 100 while the value is at least as good as the target and 0 otherwise.
     */
    public static BigDecimal progress(BigDecimal baseline, BigDecimal target, KpiDirection direction, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal needed = better(target.subtract(baseline), direction);
        if (needed.signum() <= 0) {
            return better(value.subtract(target), direction).signum() >= 0 ? ALL : NONE;
        }
        BigDecimal gained = better(value.subtract(baseline), direction);
        BigDecimal percent = gained.multiply(HUNDRED).divide(needed, PROGRESS_SCALE, RoundingMode.HALF_UP);
        return percent.compareTo(NONE) < 0 ? NONE : percent.compareTo(ALL) > 0 ? ALL : percent;
    }

    /**
     * Where a straight line from (baselineDate, baseline) to (targetDate, target) is on {@code today}: the
     * baseline until the baseline date, the target from the target date on. Rounded half up to the value scale.
     */
    public static BigDecimal expected(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate, LocalDate today) {
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        if (total <= 0) {
            return value(today.isBefore(targetDate) ? baseline : target);
        }
        return value(baseline.add(target.subtract(baseline).multiply(BigDecimal.valueOf(elapsed(baselineDate, total, today)))
                .divide(BigDecimal.valueOf(total), VALUE_SCALE, RoundingMode.HALF_UP)));
    }

    /**
     * Whether {@code latest} is at least as far (in the better direction) as the straight line from baseline to
     * target would be {@code today}; null without a value. Compared exactly, without rounding the line.
     */
    public static Boolean onTrack(BigDecimal baseline, LocalDate baselineDate, BigDecimal target, LocalDate targetDate,
                                  KpiDirection direction, BigDecimal latest, LocalDate today) {
        if (latest == null) {
            return null;
        }
        BigDecimal gained = better(latest.subtract(baseline), direction);
        BigDecimal needed = better(target.subtract(baseline), direction);
        long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
        if (total <= 0) {
            return gained.compareTo(today.isBefore(targetDate) ? BigDecimal.ZERO : needed) >= 0;
        }
        // gained / needed >= elapsed / total, multiplied out so that nothing is rounded
        long elapsed = elapsed(baselineDate, total, today);
        return gained.multiply(BigDecimal.valueOf(total)).compareTo(needed.multiply(BigDecimal.valueOf(elapsed))) >= 0;
    }

    /** The move from the previous measurement to the latest; null unless there are two. */
    public static Trend trend(BigDecimal previous, BigDecimal latest) {
        if (previous == null || latest == null) {
            return null;
        }
        int c = latest.compareTo(previous);
        return c > 0 ? Trend.UP : c < 0 ? Trend.DOWN : Trend.FLAT;
    }

    /** Days from the baseline date to today, held within the line: 0 before it starts, {@code total} once it has ended. */
    private static long elapsed(LocalDate baselineDate, long total, LocalDate today) {
        return Math.max(0, Math.min(total, ChronoUnit.DAYS.between(baselineDate, today)));
    }

    /** A difference turned so that positive is better. */
    private static BigDecimal better(BigDecimal difference, KpiDirection direction) {
        return direction == KpiDirection.DOWN ? difference.negate() : difference;
    }
}
