package uk.send.plan.deadline.domain;

import java.time.LocalDate;
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
     * The last day to appeal to the First-tier Tribunal (SEND) against {@code decision}: Tribunal Procedure
     * (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, r.20(1)(c) (2 months after
     * the notice of the decision was sent, or 1 month from the mediation certificate if that is later), each limit
     * moved by r.12(2) (a limit ending on a day that is not a working day moves to the next working day) and
     * r.12(3)(a) (one ending from 25 December to 1 January moves to the first working day after 1 January, one
     * ending in August to the first working day after 31 August), "later" judged on the moved limits. The one
     * implementation is {@link EhcpTimescales#appealLimit}; this is kept as the name the deadline rules know.
     */
    public static LocalDate tribunalAppealDeadline(LocalDate decision, Optional<LocalDate> mediationCertificate) {
        Objects.requireNonNull(decision, "decision");
        return EhcpTimescales.appealLimit(decision, mediationCertificate);
    }
}
