package uk.send.plan.deadline.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory time limits of an EHC plan's life, each as the law words it. Pure date arithmetic; the
 * timeline ({@code uk.send.plan.ehcp.domain.TimelineBuilder}) decides which limit applies when.
 *
 * <p>Sources: the Children and Families Act 2014 ("the Act"), the Special Educational Needs and Disability
 * Regulations 2014 (SI 2014/1530, "SEND Regs") and the Tribunal Procedure (First-tier Tribunal) (Health,
 * Education and Social Care Chamber) Rules 2008 (SI 2008/2699, "HESC Rules"). "Within N weeks of" a day ends
 * on the same weekday N weeks later ({@link StatutoryClock#weeksAfter}); a period "beginning with" or
 * "starting with" a day counts that day as its first.
 */
public final class EhcpTimescales {

    private EhcpTimescales() {
    }

    /**
     * SEND Regs 5(1): the decision whether to secure an EHC needs assessment, "within 6 weeks of" receiving the request
     * (5(1)(a)) or of becoming responsible for the child under s24 of the Act (5(1)(b)): the date 6 weeks on, the same
     * weekday, never moved off a weekend or bank holiday (the SEND Regulations have no such rule). Excused by 5(4).
     */
    public static LocalDate decideWhetherToAssess(LocalDate request) {
        return StatutoryClock.weeksAfter(request, 6);
    }

    /**
     * SEND Regs 10(1): notice of a decision not to secure a plan after assessing, "within 16 weeks of" the request (or of
     * becoming responsible under s24): the date 16 weeks on. The draft plan has no statutory limit of its own; it is held to
     * the same week 16 (DOMAIN.md, Code of Practice) so that the family's 15 days of Reg 13(1)(a) and the final plan still
     * fit in 20 weeks. Excused by 10(4).
     */
    public static LocalDate draftOrDecisionNotToIssue(LocalDate request) {
        return StatutoryClock.weeksAfter(request, 16);
    }

    /**
     * SEND Regs 13(2): the final plan "within 20 weeks of" receiving the request (or of becoming responsible under s24): the
     * date 20 weeks on. Reg 13(3) excuses it only for the reasons of Reg 10(4)(a) to (d).
     */
    public static LocalDate finalPlan(LocalDate request) {
        return StatutoryClock.weeksAfter(request, 20);
    }

    /**
     * SEND Regs 13(1)(a) (and 22(2)(c) for an amendment): the family has "at least 15 days, beginning with
     * the day on which the draft plan was served". The day served is day 1, so the last of the family's days
     * is 14 days after it; the plan may be finalised from the day after that.
     */
    public static LocalDate lastDayOfFamilysDraftPeriod(LocalDate served) {
        return StatutoryClock.daysAfter(served, 14);
    }

    /**
     * SEND Regs 27(2): the finalised plan after a re-assessment "within 14 weeks of the notification under regulation 25(1)"
     * (the LA's decision to re-assess) "or of deciding it is necessary to reassess under section 44(3)": the date 14 weeks on
     * from {@code decisionToReassess}. The timeline passes the request until the decision is recorded. Excused by 27(3)(a)-(d).
     */
    public static LocalDate reassessment(LocalDate decisionToReassess) {
        return StatutoryClock.weeksAfter(decisionToReassess, 14);
    }

    /**
     * The Act s44(1) (reviews under SEND Regs 18 to 21): a plan is reviewed "within the period of 12 months
     * starting with" the day it was first made, then with the day of each previous review. A child under
     * compulsory school age is reviewed every 6 months instead (Code of Practice 9.178; this platform takes
     * a national curriculum year below reception, NCY &lt; 0, as under 5).
     *
     * <p>A period of months starting with a day ends the day before the same day-of-month that many months on;
     * where that month has no such day (29 February, the 31st) the next period starts on the 1st of the month
     * after, so the period ends on that month's last day: 12 months starting with 29 February 2024 end on
     * 28 February 2025.
     */
    public static LocalDate annualReview(LocalDate planOrLastReview, int ncy) {
        return lastDayOfMonthsStartingWith(planOrLastReview, ncy < 0 ? 6 : 12);
    }

    /** The last day of the period of {@code months} months starting with {@code start} (see {@link #annualReview}). */
    public static LocalDate lastDayOfMonthsStartingWith(LocalDate start, int months) {
        Objects.requireNonNull(start, "start");
        YearMonth target = YearMonth.from(start).plusMonths(months);
        LocalDate nextPeriodStarts = start.getDayOfMonth() <= target.lengthOfMonth()
                ? target.atDay(start.getDayOfMonth())
                : target.plusMonths(1).atDay(1);
        return nextPeriodStarts.minusDays(1);
    }

    /** SEND Regs 20(10) and 21(8): the LA decides to maintain, amend or cease "within 4 weeks of the review meeting": the date 4 weeks on. */
    public static LocalDate reviewDecision(LocalDate meeting) {
        return StatutoryClock.weeksAfter(meeting, 4);
    }

    /**
     * SEND Regs 22(3): the amended plan "within 8 weeks of" sending the plan with the notice of proposed amendments under
     * 22(2)(a): the date 8 weeks on.
     */
    public static LocalDate amendedPlan(LocalDate amendmentNotice) {
        return StatutoryClock.weeksAfter(amendmentNotice, 8);
    }

    /**
     * SEND Regs 18(1): where a child is within 12 months of a transfer between phases, the plan is reviewed and amended
     * "before (a) 31 March in the calendar year of the ... transfer from secondary school to a post-16 institution; and
     * (b) 15 February in the calendar year of the child's transfer in any other case". Transfers start in September, so the
     * calendar year is that September's. The day returned is the one DOMAIN.md, the issue and the Code of Practice name
     * ("by 15 February"); read strictly, "before" makes the day before it the last. A fixed date: not moved off a weekend.
     */
    public static LocalDate phaseTransfer(int transferYear, boolean secondaryToPost16) {
        return secondaryToPost16 ? LocalDate.of(transferYear, Month.MARCH, 31) : LocalDate.of(transferYear, Month.FEBRUARY, 15);
    }

    /**
     * The last day to appeal to the First-tier Tribunal (SEND): HESC Rules 20(1)(c), the later of 2 months
     * after the notice of the decision was sent and 1 month after the mediation certificate was issued, each
     * limit first moved by rule 12: one ending on a day that is not a working day moves to the next working
     * day (12(2)); one ending from 25 December to 1 January moves to the first working day after 1 January,
     * one ending in August to the first working day after 31 August (12(3)). "Later" is judged on the moved
     * limits: a certificate limit moved out of August can be later than a decision limit that was not.
     * A month after the 31st ends on the shorter month's last day.
     */
    public static LocalDate appealLimit(LocalDate decisionSent, Optional<LocalDate> mediationCertificate) {
        Objects.requireNonNull(decisionSent, "decisionSent");
        Objects.requireNonNull(mediationCertificate, "mediationCertificate");
        LocalDate fromDecision = movedByRule12(decisionSent.plusMonths(2));
        LocalDate fromCertificate = mediationCertificate.map(c -> movedByRule12(c.plusMonths(1))).orElse(fromDecision);
        return fromCertificate.isAfter(fromDecision) ? fromCertificate : fromDecision;
    }

    /** HESC Rules 12(2) and 12(3), applied until the day stands (a move can land in the other rule's days). */
    static LocalDate movedByRule12(LocalDate limit) {
        LocalDate d = limit;
        while (true) {
            LocalDate moved = d;
            if (moved.getMonth() == Month.DECEMBER && moved.getDayOfMonth() >= 25) {
                moved = LocalDate.of(moved.getYear() + 1, Month.JANUARY, 2);
            } else if (moved.getMonth() == Month.JANUARY && moved.getDayOfMonth() == 1) {
                moved = moved.plusDays(1);
            } else if (moved.getMonth() == Month.AUGUST) {
                moved = LocalDate.of(moved.getYear(), Month.SEPTEMBER, 1);
            }
            moved = EnglishBankHolidays.workingDayFrom(moved);
            if (moved.equals(d)) {
                return d;
            }
            d = moved;
        }
    }

    /**
     * The periods within which the LA must act on a tribunal order, SEND Regs 44(2) (and 45 for an appeal the
     * LA did not oppose, counted from its notice to the tribunal).
     */
    public enum OrderStep {
        /** Reg 44(2)(b) / 45(3): notify the family that it will assess, within 2 weeks. */
        NOTIFY_ASSESSMENT(2, "SEND Regs 44(2)(b)"),
        /** Reg 44(2)(b)(ii) / 45(3A)(b): the finalised plan after an ordered assessment, within 14 weeks. */
        PLAN_AFTER_ORDERED_ASSESSMENT(14, "SEND Regs 44(2)(b)(ii)"),
        /** Reg 44(2)(c)(i): a draft plan within 5 weeks of an order to make and maintain a plan. */
        DRAFT_ORDERED_PLAN(5, "SEND Regs 44(2)(c)(i)"),
        /** Reg 44(2)(c)(ii): the finalised plan within 11 weeks of that order. */
        FINAL_ORDERED_PLAN(11, "SEND Regs 44(2)(c)(ii)"),
        /** Reg 44(2) (an order to amend the provision or the named school) and 45(4): the amended plan within 5 weeks. */
        AMEND_ORDERED(5, "SEND Regs 44(2), 45(4)"),
        /** Reg 44(2) (an order to continue to maintain a plan): with immediate effect, the same day. */
        CONTINUE_ORDERED(0, "SEND Regs 44(2)");

        private final int weeks;
        private final String regulation;

        OrderStep(int weeks, String regulation) {
            this.weeks = weeks;
            this.regulation = regulation;
        }

        public String regulation() {
            return regulation;
        }

        public LocalDate due(LocalDate order) {
            return StatutoryClock.weeksAfter(order, weeks);
        }
    }
}
