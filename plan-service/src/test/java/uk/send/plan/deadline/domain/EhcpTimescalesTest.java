package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.plan.deadline.domain.EhcpTimescales.OrderStep;

/** Each limit as the law words it (SEND Regs 2014, the Act s44, HESC Rules 2008 rules 12 and 20). */
class EhcpTimescalesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Nested
    class WeeksFromTheRequest {
        @Test
        void shouldGiveSixWeeksToDecideWhetherToAssessAcrossTheYearEnd() {
            // Reg 5(1): "within 6 weeks of receiving a request"; Thursday 28 December 2023 -> Thursday 8 February 2024
            assertThat(EhcpTimescales.decideWhetherToAssess(d("2023-12-28"))).isEqualTo(d("2024-02-08"));
        }

        @Test
        void shouldGiveTwentyWeeksToTheFinalPlanAcrossALeapDay() {
            // Reg 13(2): Thursday 4 January 2024 + 140 days, 29 February counted -> Thursday 23 May 2024
            assertThat(EhcpTimescales.finalPlan(d("2024-01-04"))).isEqualTo(d("2024-05-23"));
            assertThat(EhcpTimescales.finalPlan(d("2023-10-05"))).isEqualTo(d("2024-02-22"));
        }

        @Test
        void shouldGiveSixteenWeeksForTheDraftOrTheNoticeNotToIssue() {
            assertThat(EhcpTimescales.draftOrDecisionNotToIssue(d("2026-01-05"))).isEqualTo(d("2026-04-27"));
        }

        @Test
        void shouldCountWeeksAsCalendarDaysWhateverTheClocksDo() {
            // British Summer Time began on 31 March 2024: a date limit neither gains nor loses a day.
            LocalDate due = EhcpTimescales.decideWhetherToAssess(d("2024-03-21"));
            assertThat(due).isEqualTo(d("2024-05-02"));
            assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        }

        @Test
        void shouldGiveFourteenWeeksAfterAReassessment() {
            assertThat(EhcpTimescales.reassessment(d("2025-11-03"))).isEqualTo(d("2026-02-09"));
        }
    }

    @Nested
    class FamilysTimeOnTheDraft {
        @ParameterizedTest(name = "served {0} -> last of 15 days {1}")
        @CsvSource({
            // "at least 15 days, beginning with the day on which the draft plan was served": the day served is day 1
            "2024-02-01, 2024-02-15",
            "2024-02-20, 2024-03-05", // leap year: 29 February is one of the 15
            "2023-02-20, 2023-03-06",
            "2025-12-24, 2026-01-07"  // year end: Christmas and New Year count, these are calendar days
        })
        void shouldCountTheDayServedAsTheFirstOfFifteen(LocalDate served, LocalDate last) {
            assertThat(EhcpTimescales.lastDayOfFamilysDraftPeriod(served)).isEqualTo(last);
        }
    }

    @Nested
    class Reviews {
        @ParameterizedTest(name = "{0}, NCY {1} -> review by {2}")
        @CsvSource({
            // the Act s44(1): "within the period of 12 months starting with" the plan or the last review
            "2024-03-15, 3, 2025-03-14",
            "2025-01-01, 8, 2025-12-31",
            // 12 months starting with 29 February 2024 end on 28 February 2025 (there is no 29 February 2025)
            "2024-02-29, 5, 2025-02-28",
            "2023-03-01, 5, 2024-02-29",
            // under 5 (NCY below reception): every 6 months
            "2024-01-31, -1, 2024-07-30",
            "2024-08-31, -2, 2025-02-28",
            "2025-10-01, -1, 2026-03-31",
            // reception (NCY 0) is not below reception: 12 months
            "2025-10-01, 0, 2026-09-30"
        })
        void shouldReviewWithinTheMonthsStartingWithThePlanOrLastReview(LocalDate from, int ncy, LocalDate due) {
            assertThat(EhcpTimescales.annualReview(from, ncy)).isEqualTo(due);
        }

        @Test
        void shouldDecideWithinFourWeeksOfTheMeetingAcrossTheYearEnd() {
            assertThat(EhcpTimescales.reviewDecision(d("2025-12-18"))).isEqualTo(d("2026-01-15"));
        }

        @Test
        void shouldIssueTheAmendedPlanWithinEightWeeksEvenOnEasterMonday() {
            // Reg 22(3) counts weeks, not working days: 5 February 2024 + 8 weeks is Easter Monday, and stays.
            assertThat(EhcpTimescales.amendedPlan(d("2024-02-05"))).isEqualTo(d("2024-04-01"));
            assertThat(EnglishBankHolidays.isBankHoliday(d("2024-04-01"))).isTrue();
        }

        @Test
        void shouldTransferPhaseBy15FebruaryOr31MarchForPost16() {
            assertThat(EhcpTimescales.phaseTransfer(2026, false)).isEqualTo(d("2026-02-15"));
            assertThat(EhcpTimescales.phaseTransfer(2028, true)).isEqualTo(d("2028-03-31"));
        }
    }

    @Nested
    class AppealToTheTribunal {
        private LocalDate limit(String decision) {
            return EhcpTimescales.appealLimit(d(decision), Optional.empty());
        }

        private LocalDate limit(String decision, String certificate) {
            return EhcpTimescales.appealLimit(d(decision), Optional.of(d(certificate)));
        }

        @Test
        void shouldMoveALimitEndingAtAWeekendToTheNextWorkingDay() {
            // rule 12(2): 10 May 2025 is a Saturday
            assertThat(limit("2025-03-10")).isEqualTo(d("2025-05-12"));
            // 13 May 2023 is a Saturday (the old StatutoryClock method leaves it standing)
            assertThat(limit("2023-03-13")).isEqualTo(d("2023-05-15"));
        }

        @Test
        void shouldMoveALimitEndingOnGoodFridayPastEasterMonday() {
            // Easter 2025: Good Friday 18 April, Easter Monday 21 April
            assertThat(limit("2025-02-18")).isEqualTo(d("2025-04-22"));
            // Easter Monday 2026 is 6 April
            assertThat(limit("2026-02-06")).isEqualTo(d("2026-04-07"));
        }

        @Test
        void shouldMoveAChristmasLimitToTheFirstWorkingDayAfterNewYear() {
            assertThat(limit("2025-10-25")).isEqualTo(d("2026-01-02"));
            // 1 January 2027 is a Friday; 2 and 3 January a weekend
            assertThat(limit("2026-11-01")).isEqualTo(d("2027-01-04"));
        }

        @Test
        void shouldMoveASaturdayBeforeChristmasIntoTheChristmasRuleAndOut() {
            // 24 December 2022 is a Saturday: the next working day, 28 December, is inside 25 December to 1 January;
            // 1 January 2023 is a Sunday, so Monday 2 January is its substitute bank holiday.
            assertThat(limit("2022-10-24")).isEqualTo(d("2023-01-03"));
        }

        @Test
        void shouldMoveAnAugustLimitToTheFirstWorkingDayOfSeptember() {
            assertThat(limit("2025-06-15")).isEqualTo(d("2025-09-01"));
            // 1 September 2024 is a Sunday
            assertThat(limit("2024-06-15")).isEqualTo(d("2024-09-02"));
        }

        @Test
        void shouldEndTwoMonthsAfterThe31stOnTheShorterMonthsLastDay() {
            assertThat(limit("2023-12-31")).isEqualTo(d("2024-02-29"));
            assertThat(limit("2024-12-31")).isEqualTo(d("2025-02-28"));
        }

        @Test
        void shouldTakeOneMonthFromTheMediationCertificateWhenLater() {
            assertThat(limit("2025-03-01", "2025-04-20")).isEqualTo(d("2025-05-20"));
            // the certificate's month ends earlier than the decision's two: the decision's stands
            assertThat(limit("2025-03-01", "2025-03-20")).isEqualTo(d("2025-05-01"));
        }

        @Test
        void shouldJudgeLaterOnTheMovedLimits() {
            // decision limit 10 August 2025 -> 1 September; certificate limit 28 August -> 1 September: both move, one answer
            assertThat(limit("2025-06-10", "2025-07-28")).isEqualTo(d("2025-09-01"));
            // decision limit Saturday 1 November 2025 -> Monday 3 November; certificate limit Sunday 2 November -> 3 November
            assertThat(limit("2025-09-01", "2025-10-02")).isEqualTo(d("2025-11-03"));
        }
    }

    @Nested
    class TribunalOrders {
        @Test
        void shouldGiveTheReg44PeriodsFromTheOrder() {
            LocalDate order = d("2026-03-03");
            assertThat(OrderStep.NOTIFY_ASSESSMENT.due(order)).isEqualTo(d("2026-03-17"));
            assertThat(OrderStep.DRAFT_ORDERED_PLAN.due(order)).isEqualTo(d("2026-04-07"));
            assertThat(OrderStep.FINAL_ORDERED_PLAN.due(order)).isEqualTo(d("2026-05-19"));
            assertThat(OrderStep.PLAN_AFTER_ORDERED_ASSESSMENT.due(order)).isEqualTo(d("2026-06-09"));
            assertThat(OrderStep.AMEND_ORDERED.due(order)).isEqualTo(d("2026-04-07"));
            assertThat(OrderStep.CONTINUE_ORDERED.due(order)).isEqualTo(order);
        }
    }
}
