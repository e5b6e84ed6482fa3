package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * Date arithmetic for the statutory EHCP timescales: weeks from a request (6 weeks to decide on an
 * assessment, 20 weeks to the final plan) and the last day to appeal to the tribunal.
 *
 * <p>Working days are Monday to Friday except bank holidays in England ({@link EnglishBankHolidays}), so a
 * deadline moved into January skips New Year's Day and its substitute when 1 January is a weekend.
 */
public final class StatutoryClock {

    private StatutoryClock() {
    }

    /** The date {@code weeks} whole weeks after {@code start}: the same weekday. */
    public static LocalDate weeksAfter(LocalDate start, int weeks) {
        Objects.requireNonNull(start, "start");
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must not be negative: " + weeks);
        }
        return start.plusWeeks(weeks);
    }

    /** The date {@code days} calendar days after {@code start} (e.g. 15 days to comment on a draft plan). */
    public static LocalDate daysAfter(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return start.plusDays(days);
    }

    /**
     * The day {@code days} working days after {@code start} (e.g. a mediation certificate within 3 working
     * days): the first working day counts as one, whatever {@code start} is.
     */
    public static LocalDate workingDaysAfter(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = start;
        for (int counted = 0; counted < days; ) {
            d = d.plusDays(1);
            if (EnglishBankHolidays.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /**
     * The last day to appeal to the tribunal against {@code decision}: two months after it, or one month
     * after the mediation certificate if that is later. A month after the 31st ends on the shorter month's
     * last day (31 December + 2 months = 28 or 29 February). A deadline from 25 December to 1 January moves
     * to the next working day in January; one in August to the first working day of September.
     */
    public static LocalDate tribunalAppealDeadline(LocalDate decision, Optional<LocalDate> mediationCertificate) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(mediationCertificate, "mediationCertificate");
        LocalDate deadline = decision.plusMonths(2);
        LocalDate afterMediation = mediationCertificate.map(c -> c.plusMonths(1)).orElse(deadline);
        if (afterMediation.isAfter(deadline)) {
            deadline = afterMediation;
        }
        return movedOutOfHolidays(deadline);
    }

    // The tribunal rules stop families losing appeal time to Christmas and the school summer holiday,
    // when schools and advisers they would turn to are closed.
    private static LocalDate movedOutOfHolidays(LocalDate deadline) {
        if (deadline.getMonth() == Month.DECEMBER && deadline.getDayOfMonth() >= 25) {
            return EnglishBankHolidays.workingDayFrom(LocalDate.of(deadline.getYear() + 1, Month.JANUARY, 1));
        }
        if (deadline.getMonth() == Month.JANUARY && deadline.getDayOfMonth() == 1) {
            return EnglishBankHolidays.workingDayFrom(deadline);
        }
        if (deadline.getMonth() == Month.AUGUST) {
            return EnglishBankHolidays.workingDayFrom(LocalDate.of(deadline.getYear(), Month.SEPTEMBER, 1));
        }
        return deadline;
    }
}
