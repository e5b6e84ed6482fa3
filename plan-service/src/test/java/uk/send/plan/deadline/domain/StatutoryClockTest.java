package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatutoryClockTest {

    @Nested
    class Weeks {

        @Test
        void shouldCountTheTwentyWeekEhcpTimescaleToTheSameWeekday() {
            LocalDate request = LocalDate.of(2024, 1, 8);

            LocalDate finalPlanDue = StatutoryClock.weeksAfter(request, 20);

            assertThat(finalPlanDue).isEqualTo(LocalDate.of(2024, 5, 27));
            assertThat(finalPlanDue.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        }

        @Test
        void shouldCountSixWeeksAcrossTheYearEndAndALeapDay() {
            assertThat(StatutoryClock.weeksAfter(LocalDate.of(2023, 12, 1), 6)).isEqualTo(LocalDate.of(2024, 1, 12));
            assertThat(StatutoryClock.weeksAfter(LocalDate.of(2024, 2, 1), 4)).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(StatutoryClock.weeksAfter(LocalDate.of(2023, 2, 1), 4)).isEqualTo(LocalDate.of(2023, 3, 1));
        }

        @Test
        void shouldCountZeroWeeksAsTheSameDay() {
            assertThat(StatutoryClock.weeksAfter(LocalDate.of(2024, 3, 5), 0)).isEqualTo(LocalDate.of(2024, 3, 5));
        }

        @Test
        void shouldCountCalendarDays() {
            assertThat(StatutoryClock.daysAfter(LocalDate.of(2024, 2, 20), 15)).isEqualTo(LocalDate.of(2024, 3, 6));
            assertThat(StatutoryClock.daysAfter(LocalDate.of(2023, 2, 20), 15)).isEqualTo(LocalDate.of(2023, 3, 7));
        }

        @Test
        void shouldRejectNegativeCountsAndMissingDates() {
            assertThatThrownBy(() -> StatutoryClock.weeksAfter(LocalDate.of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> StatutoryClock.daysAfter(LocalDate.of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> StatutoryClock.weeksAfter(null, 6)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class TribunalAppeal {

        private LocalDate deadline(String decision) {
            return StatutoryClock.tribunalAppealDeadline(LocalDate.parse(decision), Optional.empty());
        }

        private LocalDate deadline(String decision, String certificate) {
            return StatutoryClock.tribunalAppealDeadline(LocalDate.parse(decision), Optional.of(LocalDate.parse(certificate)));
        }

        @Test
        void shouldAllowTwoMonthsFromTheDecision() {
            assertThat(deadline("2023-03-15")).isEqualTo(LocalDate.of(2023, 5, 15));
        }

        @ParameterizedTest(name = "decision {0} -> {1}")
        @CsvSource({
            "2022-12-31, 2023-02-28",
            "2023-12-31, 2024-02-29",
            "2023-12-30, 2024-02-29",
            "2023-12-29, 2024-02-29",
            "2027-12-31, 2028-02-29",
            "2023-03-31, 2023-05-31",
            // 30 September 2023 is a Saturday: HESC r.12(2) moves it to Monday 2 October
            "2023-07-31, 2023-10-02",
            "2024-07-31, 2024-09-30"
        })
        void shouldEndOnTheShorterMonthsLastDay(LocalDate decision, LocalDate expected) {
            assertThat(StatutoryClock.tribunalAppealDeadline(decision, Optional.empty())).isEqualTo(expected);
        }

        @Test
        void shouldAllowOneMonthFromAMediationCertificateWhenThatIsLater() {
            assertThat(deadline("2023-01-10", "2023-03-20")).isEqualTo(LocalDate.of(2023, 4, 20));
        }

        @Test
        void shouldKeepTwoMonthsFromTheDecisionWhenTheCertificateCameEarly() {
            assertThat(deadline("2023-01-10", "2023-01-20")).isEqualTo(LocalDate.of(2023, 3, 10));
            assertThat(deadline("2023-01-10", "2023-02-10")).isEqualTo(LocalDate.of(2023, 3, 10));
        }

        @Test
        void shouldClampAMonthAfterACertificateOnThe31st() {
            assertThat(deadline("2023-11-20", "2024-01-31")).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest(name = "decision {0} -> 2 months {1} -> {2}")
        @CsvSource({
            "2023-10-25, 2023-12-25, 2024-01-02",
            "2023-10-28, 2023-12-28, 2024-01-02",
            "2023-10-31, 2023-12-31, 2024-01-02",
            "2023-11-01, 2024-01-01, 2024-01-02",
            // 2 January 2021 is a Saturday. 1 January 2022 is a Saturday, so New Year's Day is kept on
            // Monday 3 January: the first working day is Tuesday 4 January.
            "2020-10-25, 2020-12-25, 2021-01-04",
            "2021-11-01, 2022-01-01, 2022-01-04",
            "2021-10-27, 2021-12-27, 2022-01-04",
            // 1 January 2023 is a Sunday: the bank holiday is Monday 2 January.
            "2022-10-30, 2022-12-30, 2023-01-03"
        })
        void shouldMoveAChristmasDeadlineToTheNextWorkingDayInJanuary(LocalDate decision, LocalDate twoMonths, LocalDate expected) {
            assertThat(decision.plusMonths(2)).isEqualTo(twoMonths);

            assertThat(StatutoryClock.tribunalAppealDeadline(decision, Optional.empty())).isEqualTo(expected);
        }

        @Test
        void shouldLeaveTheDaysEitherSideOfTheChristmasPeriodAlone() {
            // 24 December 2023 is a Sunday: HESC r.12(2) moves it to Monday 25 December, which r.12(3)(a) moves on
            // to the first working day after 1 January.
            assertThat(deadline("2023-10-24")).isEqualTo(LocalDate.of(2024, 1, 2));
            assertThat(deadline("2023-10-22")).isEqualTo(LocalDate.of(2023, 12, 22));
            assertThat(deadline("2023-11-02")).isEqualTo(LocalDate.of(2024, 1, 2));
            assertThat(deadline("2023-11-03")).isEqualTo(LocalDate.of(2024, 1, 3));
        }

        @Test
        void shouldMoveADeadlinePushedIntoChristmasByMediation() {
            assertThat(deadline("2023-09-01", "2023-11-28")).isEqualTo(LocalDate.of(2024, 1, 2));
        }

        @ParameterizedTest(name = "decision {0} -> 2 months {1} -> {2}")
        @CsvSource({
            // 1 September 2023 is a Friday
            "2023-06-01, 2023-08-01, 2023-09-01",
            "2023-06-30, 2023-08-30, 2023-09-01",
            // 1 September 2024 is a Sunday, in a leap year
            "2024-06-15, 2024-08-15, 2024-09-02",
            "2024-06-30, 2024-08-30, 2024-09-02",
            // 1 September 2029 is a Saturday
            "2029-06-10, 2029-08-10, 2029-09-03"
        })
        void shouldMoveAnAugustDeadlineToTheFirstWorkingDayOfSeptember(LocalDate decision, LocalDate twoMonths, LocalDate expected) {
            assertThat(decision.plusMonths(2)).isEqualTo(twoMonths);

            assertThat(StatutoryClock.tribunalAppealDeadline(decision, Optional.empty())).isEqualTo(expected);
        }

        @Test
        void shouldMoveADeadlinePushedIntoAugustByMediation() {
            assertThat(deadline("2023-04-01", "2023-07-31")).isEqualTo(LocalDate.of(2023, 9, 1));
        }

        @Test
        void shouldLeaveTheLastDayOfJulyAndTheFirstOfSeptemberAlone() {
            assertThat(deadline("2023-05-31")).isEqualTo(LocalDate.of(2023, 7, 31));
            // 1 September 2024 is a Sunday: HESC r.12(2) moves it to Monday 2 September.
            assertThat(deadline("2024-07-01")).isEqualTo(LocalDate.of(2024, 9, 2));
            assertThat(deadline("2023-07-01")).isEqualTo(LocalDate.of(2023, 9, 1));
        }

        @Test
        void shouldMoveALimitEndingOnANonWorkingDayToTheNextWorkingDay() {
            // HESC r.12(2): 13 May 2023 is a Saturday, so the limit is Monday 15 May.
            assertThat(deadline("2023-03-13")).isEqualTo(LocalDate.of(2023, 5, 15));
            // Easter Monday 2024 is 1 April: a limit ending on it moves to Tuesday 2 April.
            assertThat(deadline("2024-02-01")).isEqualTo(LocalDate.of(2024, 4, 2));
        }

        @Test
        void shouldJudgeTheLaterLimitAfterMovingBoth() {
            // Decision limit 30 August 2023 moves to Friday 1 September; the certificate limit (28 July + 1 month
            // = 28 August) also moves to 1 September: neither is later, the limit is 1 September.
            assertThat(deadline("2023-06-30", "2023-07-28")).isEqualTo(LocalDate.of(2023, 9, 1));
            // Certificate limit Saturday 2 September 2023 moves to Monday 4 September, later than the decision's 1 September.
            assertThat(deadline("2023-06-30", "2023-08-02")).isEqualTo(LocalDate.of(2023, 9, 4));
        }

        @Test
        void shouldRejectMissingArguments() {
            assertThatThrownBy(() -> StatutoryClock.tribunalAppealDeadline(null, Optional.empty()))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> StatutoryClock.tribunalAppealDeadline(LocalDate.of(2023, 1, 1), null))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{1} working days after {0} -> {2}")
        @CsvSource({
            // Thursday 2 April 2026: Good Friday and Easter Monday are skipped.
            "2026-04-02, 3, 2026-04-09",
            // Friday to the next Wednesday over an ordinary weekend.
            "2026-11-20, 3, 2026-11-25",
            // Over Christmas 2026: the 25th is a Friday, Boxing Day's substitute Monday the 28th.
            "2026-12-23, 3, 2026-12-30",
            // From a Saturday the first working day counts as the first.
            "2026-11-21, 1, 2026-11-23",
            "2026-11-23, 0, 2026-11-23"
        })
        void shouldSkipWeekendsAndBankHolidays(LocalDate start, int days, LocalDate expected) {
            assertThat(StatutoryClock.workingDaysAfter(start, days)).isEqualTo(expected);
        }

        @Test
        void shouldRefuseANegativeCount() {
            assertThatThrownBy(() -> StatutoryClock.workingDaysAfter(LocalDate.of(2026, 1, 5), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
