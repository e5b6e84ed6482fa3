package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory time limits, each checked against dates worked out by hand from the words of the law (a paper
 * calendar, not the code): SEND Regulations 2014 (SI 2014/1530), Children and Families Act 2014 s44, and the
 * Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008 (SI 2008/2699) rules 12 and 20. Edges on purpose:
 * 29 February 2028 (a Tuesday), year ends, Easter 2028 (Good Friday 14 April, Easter Monday 17 April), New Year's
 * Day 2028 on a Saturday (substitute Monday 3 January), Christmas 2027 on a Saturday, the August bank holiday.
 */
class StatutoryRulesFromTheLawTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Nested
    class WeeksFromTheRequest {

        /** "within N weeks of receiving a request": the day the request came is not counted; the limit is the same weekday N weeks on. */
        @Test
        void shouldCountSixSixteenAndTwentyWeeksFromALeapDayRequest() {
            LocalDate request = d("2028-02-29"); // Tuesday
            assertThat(EhcpTimescales.decideWhetherToAssess(request)).isEqualTo(d("2028-04-11"));     // reg 5(1): +42 days
            assertThat(EhcpTimescales.draftOrDecisionNotToIssue(request)).isEqualTo(d("2028-06-20")); // reg 10(1): +112 days
            assertThat(EhcpTimescales.finalPlan(request)).isEqualTo(d("2028-07-18"));                 // reg 13(2): +140 days
            assertThat(EhcpTimescales.reassessment(request)).isEqualTo(d("2028-06-06"));              // reg 27(2): +98 days
        }

        /** The LA's own limits are not moved off weekends or bank holidays: the SEND Regulations have no such rule (only the tribunal's rule 12 does). */
        @Test
        void shouldNotMoveAnLasLimitThatEndsOnABankHoliday() {
            // 20 December 2027 + 2 weeks = Monday 3 January 2028, the substitute New Year bank holiday
            assertThat(EhcpTimescales.OrderStep.NOTIFY_ASSESSMENT.due(d("2027-12-20"))).isEqualTo(d("2028-01-03"));
            // 6 weeks from Saturday 20 November 2027 ends on Saturday 1 January 2028
            assertThat(EhcpTimescales.decideWhetherToAssess(d("2027-11-20"))).isEqualTo(d("2028-01-01"));
        }

        /** Reg 44(2)(b), (b)(ii), (c)(i), (c)(ii) and the 5 weeks to amend, from an order of Monday 20 December 2027, across the leap day. */
        @Test
        void shouldGiveTheTribunalOrderPeriodsAcrossNewYearAndTheLeapDay() {
            LocalDate order = d("2027-12-20");
            assertThat(EhcpTimescales.OrderStep.DRAFT_ORDERED_PLAN.due(order)).isEqualTo(d("2028-01-24"));
            assertThat(EhcpTimescales.OrderStep.FINAL_ORDERED_PLAN.due(order)).isEqualTo(d("2028-03-06"));         // +77 days over 29 Feb
            assertThat(EhcpTimescales.OrderStep.PLAN_AFTER_ORDERED_ASSESSMENT.due(order)).isEqualTo(d("2028-03-27")); // +98 days
            assertThat(EhcpTimescales.OrderStep.AMEND_ORDERED.due(order)).isEqualTo(d("2028-01-24"));
            assertThat(EhcpTimescales.OrderStep.CONTINUE_ORDERED.due(order)).isEqualTo(order);
        }

        @Test
        void shouldDecideAfterAReviewWithinFourWeeksAndAmendWithinEight() {
            assertThat(EhcpTimescales.reviewDecision(d("2027-12-08"))).isEqualTo(d("2028-01-05")); // reg 20(10), over the year end
            assertThat(EhcpTimescales.amendedPlan(d("2028-02-29"))).isEqualTo(d("2028-04-25"));    // reg 22(3), from the leap day
        }
    }

    @Nested
    class FifteenDaysBeginningWithTheDayServed {

        /** Reg 13(1)(a) / 22(2)(c): "at least 15 days, beginning with the day on which the draft plan was served": day 1 is the day served. */
        @ParameterizedTest
        @CsvSource({
                "2028-02-15, 2028-02-29", // the 15th day is the leap day
                "2027-02-15, 2027-03-01", // a 28-day February: 14 days on is 1 March
                "2027-12-17, 2027-12-31", // the last of the year
                "2027-12-18, 2028-01-01", // and over it
                "2028-01-31, 2028-02-14"})
        void shouldEndOnTheFifteenthDayCountingTheDayServed(LocalDate served, LocalDate lastDay) {
            assertThat(EhcpTimescales.lastDayOfFamilysDraftPeriod(served)).isEqualTo(lastDay);
        }
    }

    @Nested
    class MonthsStartingWith {

        /**
         * Act s44(1): "the period of 12 months starting with" the plan or last review, i.e. the day before the corresponding
         * day 12 months on; where there is no corresponding day the period runs to the end of that month.
         */
        @ParameterizedTest
        @CsvSource({
                "2028-02-29, 3, 2029-02-28", // a leap-day plan: no 29 February 2029, so the last day of February
                "2027-03-01, 3, 2028-02-29", // the day before 1 March 2028 is the leap day
                "2028-03-01, 3, 2029-02-28",
                "2027-12-31, 3, 2028-12-30",
                "2028-01-01, 3, 2028-12-31",
                "2027-08-31, -1, 2028-02-29", // under 5: 6 months; no 31 February, so February's last day (a leap year)
                "2028-08-31, -1, 2029-02-28",
                "2028-03-31, -2, 2028-09-30", // no 31 September
                "2028-10-15, -1, 2029-04-14"})
        void shouldEndTheReviewPeriodTheDayBeforeTheCorrespondingDay(LocalDate start, int ncy, LocalDate lastDay) {
            assertThat(EhcpTimescales.annualReview(start, ncy)).isEqualTo(lastDay);
        }

        /** Reception (NCY 0) is the first year of school: the yearly cycle, not the under-5s' 6 months. */
        @Test
        void shouldReviewAReceptionChildYearly() {
            assertThat(EhcpTimescales.annualReview(d("2028-01-10"), 0)).isEqualTo(d("2029-01-09"));
        }
    }

    @Nested
    class PhaseTransfer {

        /** Reg 18(1)(a) and (b): in the calendar year of the transfer (a September transfer: that year). 15 February 2026 is a Sunday and stands. */
        @Test
        void shouldFixTheDayInTheCalendarYearOfTheTransferWithoutMovingIt() {
            assertThat(EhcpTimescales.phaseTransfer(2026, false)).isEqualTo(d("2026-02-15"));
            assertThat(EhcpTimescales.phaseTransfer(2028, true)).isEqualTo(d("2028-03-31"));
        }
    }

    @Nested
    class AppealToTheTribunal {

        /** HESC rule 20(1)(c): "2 months after" the notice was sent: the corresponding day; none (31 December + 2) is the month's last day. */
        @ParameterizedTest
        @CsvSource({
                "2027-12-31, 2028-02-29", // no 31 February: the last of a leap February (a Tuesday, a working day)
                "2027-12-30, 2028-02-29",
                "2026-12-31, 2027-03-01", // 28 February 2027 is a Sunday: rule 12(2), the next working day
                // 29 February 2028 + 2 months = Saturday 29 April 2028; Monday 1 May is the early May bank holiday: Tuesday 2 May
                "2028-02-29, 2028-05-02"})
        void shouldEndTwoMonthsOnTheCorrespondingDayOrTheMonthsEnd(LocalDate sent, LocalDate limit) {
            assertThat(EhcpTimescales.appealLimit(sent, Optional.empty())).isEqualTo(limit);
        }

        /** Rule 12(3)(a): a limit ending 25 December to 1 January inclusive: the first working day after 1 January. */
        @Test
        void shouldMoveAChristmasLimitPastTheSubstituteNewYearHoliday() {
            // 25 October 2027 + 2 months = Saturday 25 December 2027; 1 January 2028 is a Saturday, its substitute Monday 3 January
            assertThat(EhcpTimescales.appealLimit(d("2027-10-25"), Optional.empty())).isEqualTo(d("2028-01-04"));
            // 1 November 2026 + 2 months = Friday 1 January 2027: the first working day after it is Monday 4 January
            assertThat(EhcpTimescales.appealLimit(d("2026-11-01"), Optional.empty())).isEqualTo(d("2027-01-04"));
            // 24 October 2027 + 2 months = Friday 24 December 2027, a working day outside the rule: it stands
            assertThat(EhcpTimescales.appealLimit(d("2027-10-24"), Optional.empty())).isEqualTo(d("2027-12-24"));
        }

        /** Rule 12(3)(a): a limit ending on any day in August: the first working day after 31 August. */
        @Test
        void shouldMoveAnAugustLimitEvenOnTheBankHolidayToSeptember() {
            // 30 June 2027 + 2 months = Monday 30 August 2027, the summer bank holiday: Wednesday 1 September
            assertThat(EhcpTimescales.appealLimit(d("2027-06-30"), Optional.empty())).isEqualTo(d("2027-09-01"));
            // 1 July 2027 + 2 months = 1 September 2027, outside August: it stands
            assertThat(EhcpTimescales.appealLimit(d("2027-07-01"), Optional.empty())).isEqualTo(d("2027-09-01"));
            // 31 July 2027 + 1 month (a mediation certificate) = Tuesday 31 August 2027: Wednesday 1 September
            assertThat(EhcpTimescales.appealLimit(d("2027-05-20"), Optional.of(d("2027-07-31")))).isEqualTo(d("2027-09-01"));
        }

        /** Rule 20(1)(c): 1 month from a mediation certificate when that is later, judged after both are moved. */
        @Test
        void shouldTakeTheCertificatesMonthOverChristmasWhenItIsTheLater() {
            // decision 15 October 2027 -> Wednesday 15 December 2027; certificate 1 December 2027 -> 1 January 2028 -> Tuesday 4 January 2028
            assertThat(EhcpTimescales.appealLimit(d("2027-10-15"), Optional.of(d("2027-12-01")))).isEqualTo(d("2028-01-04"));
            // decision 1 December 2027 -> Tuesday 1 February 2028; certificate 20 December 2027 -> Thursday 20 January 2028: the decision's is later
            assertThat(EhcpTimescales.appealLimit(d("2027-12-01"), Optional.of(d("2027-12-20")))).isEqualTo(d("2028-02-01"));
        }

        /** "1 month from" a certificate of 31 January: no 31 February, so the last day of February (then rule 12(2) if it is a weekend). */
        @Test
        void shouldEndAMonthFromThe31stJanuaryOnFebruarysLastDay() {
            // certificate 31 January 2028 -> Tuesday 29 February 2028 (leap year), later than 2 months from 10 December 2027 (10 February)
            assertThat(EhcpTimescales.appealLimit(d("2027-12-10"), Optional.of(d("2028-01-31")))).isEqualTo(d("2028-02-29"));
            // certificate 31 January 2027 -> Sunday 28 February 2027 -> Monday 1 March 2027
            assertThat(EhcpTimescales.appealLimit(d("2026-12-10"), Optional.of(d("2027-01-31")))).isEqualTo(d("2027-03-01"));
        }

        /** Rule 12(2): Good Friday and Easter Monday 2028 are not working days. */
        @Test
        void shouldMoveALimitOnGoodFridayToTheTuesdayAfterEaster() {
            // 14 February 2028 + 2 months = Good Friday 14 April 2028 -> Tuesday 18 April 2028
            assertThat(EhcpTimescales.appealLimit(d("2028-02-14"), Optional.empty())).isEqualTo(d("2028-04-18"));
        }
    }

    @Nested
    class BankHolidaysInEngland {

        @Test
        void shouldKnowEasterAndTheSubstituteDays() {
            assertThat(EnglishBankHolidays.of(2028)).containsExactly(d("2028-01-03"), d("2028-04-14"), d("2028-04-17"), d("2028-05-01"),
                    d("2028-05-29"), d("2028-08-28"), d("2028-12-25"), d("2028-12-26"));
            // Christmas 2027 on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28 December
            assertThat(EnglishBankHolidays.of(2027)).contains(d("2027-12-27"), d("2027-12-28")).doesNotContain(d("2027-12-25"));
            // Christmas 2033 on a Sunday: Boxing Day Monday 26, substitute Christmas Tuesday 27
            assertThat(EnglishBankHolidays.of(2033)).contains(d("2033-12-26"), d("2033-12-27"));
            // Easter 2029 is 1 April: Good Friday 30 March, Easter Monday 2 April
            assertThat(EnglishBankHolidays.of(2029)).contains(d("2029-03-30"), d("2029-04-02"));
            // the coronation of 8 May 2023, proclaimed for that year only
            assertThat(EnglishBankHolidays.isBankHoliday(d("2023-05-08"))).isTrue();
        }

        /** A mediation certificate "within 3 working days": Christmas 2026 (Friday) and Boxing Day's substitute (Monday 28) are skipped. */
        @Test
        void shouldCountWorkingDaysOverChristmasAndEaster() {
            assertThat(StatutoryClock.workingDaysAfter(d("2026-12-24"), 3)).isEqualTo(d("2026-12-31"));
            assertThat(StatutoryClock.workingDaysAfter(d("2028-04-13"), 1)).isEqualTo(d("2028-04-18"));
        }
    }
}
