package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DueDateTest {

    private static final LocalDate ANY_REFERENCE = LocalDate.of(2030, 6, 1);

    @Nested
    class FixedDates {

        @Test
        void shouldBeDueOnTheDayGiven() {
            DueDate.OnDay onDay = new DueDate.OnDay(LocalDate.of(2021, 10, 29), "29 Oct 21");

            assertThat(onDay.due()).isEqualTo(LocalDate.of(2021, 10, 29));
            assertThat(onDay.dueAsOf(ANY_REFERENCE)).isEqualTo(LocalDate.of(2021, 10, 29));
            assertThat(onDay.text()).isEqualTo("29 Oct 21");
        }

        @ParameterizedTest(name = "{0} is due {1}")
        @CsvSource({
            "2024-02, 2024-02-29",
            "2028-02, 2028-02-29",
            "2000-02, 2000-02-29",
            "2023-02, 2023-02-28",
            "2100-02, 2100-02-28",
            "2022-12, 2022-12-31",
            "2022-04, 2022-04-30",
            "2022-03, 2022-03-31"
        })
        void shouldHoldAMonthToItsLastDay(YearMonth month, LocalDate due) {
            DueDate.InMonth inMonth = new DueDate.InMonth(month, "text");

            assertThat(inMonth.due()).isEqualTo(due);
            assertThat(inMonth.dueAsOf(ANY_REFERENCE)).isEqualTo(due);
        }

        @Test
        void shouldHoldAWindowToItsEnd() {
            DueDate.Window window = new DueDate.Window(LocalDate.of(2000, 11, 1), LocalDate.of(2001, 2, 28), "Nov - Feb 2000/1");

            assertThat(window.due()).isEqualTo(LocalDate.of(2001, 2, 28));
            assertThat(window.dueAsOf(ANY_REFERENCE)).isEqualTo(LocalDate.of(2001, 2, 28));
        }

        @Test
        void shouldAllowAOneDayWindowButNotOneThatEndsBeforeItStarts() {
            LocalDate day = LocalDate.of(2010, 9, 1);
            assertThat(new DueDate.Window(day, day, "x").due()).isEqualTo(day);

            assertThatThrownBy(() -> new DueDate.Window(day, day.minusDays(1), "x"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void shouldRequireTheirParts() {
            assertThatThrownBy(() -> new DueDate.OnDay(null, "x")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DueDate.OnDay(LocalDate.MIN, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DueDate.InMonth(null, "x")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DueDate.Window(null, LocalDate.MAX, "x")).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class RecurringDates {

        private final DueDate.Recurring everyJanuary = new DueDate.Recurring(Month.JANUARY, null, "EVERY JANUARY");

        @Test
        void shouldFallDueAtTheNextMonthEndAcrossTheYearEnd() {
            assertThat(everyJanuary.nextOn(LocalDate.of(2021, 11, 15))).isEqualTo(LocalDate.of(2022, 1, 31));
            assertThat(everyJanuary.nextOn(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2022, 1, 31));
        }

        @Test
        void shouldStillBeDueOnTheLastDayOfTheMonthAndRollOnTheDayAfter() {
            assertThat(everyJanuary.nextOn(LocalDate.of(2022, 1, 31))).isEqualTo(LocalDate.of(2022, 1, 31));
            assertThat(everyJanuary.nextOn(LocalDate.of(2022, 2, 1))).isEqualTo(LocalDate.of(2023, 1, 31));
        }

        @Test
        void shouldBeDueThisYearEarlierInTheMonth() {
            assertThat(everyJanuary.nextOn(LocalDate.of(2022, 1, 1))).isEqualTo(LocalDate.of(2022, 1, 31));
        }

        @Test
        void shouldRecurInDecemberUpToTheLastDayOfTheYear() {
            DueDate.Recurring everyDecember = new DueDate.Recurring(Month.DECEMBER, null, "each December");

            assertThat(everyDecember.nextOn(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(everyDecember.nextOn(LocalDate.of(2022, 1, 1))).isEqualTo(LocalDate.of(2022, 12, 31));
        }

        @Test
        void shouldFollowFebruaryInLeapAndOtherYears() {
            DueDate.Recurring everyFebruary = new DueDate.Recurring(Month.FEBRUARY, null, "every February");

            assertThat(everyFebruary.nextOn(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(everyFebruary.nextOn(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(everyFebruary.nextOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        }

        @Test
        void shouldFallOnTheDayGivenAndOnTheLastDayWhenTheMonthIsShorter() {
            DueDate.Recurring mid = new DueDate.Recurring(Month.JANUARY, 15, "every 15 January");
            DueDate.Recurring leapDay = new DueDate.Recurring(Month.FEBRUARY, 29, "every 29 February");

            assertThat(mid.nextOn(LocalDate.of(2022, 1, 15))).isEqualTo(LocalDate.of(2022, 1, 15));
            assertThat(mid.nextOn(LocalDate.of(2022, 1, 16))).isEqualTo(LocalDate.of(2023, 1, 15));
            assertThat(leapDay.nextOn(LocalDate.of(2022, 3, 1))).isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(leapDay.nextOn(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @Test
        void shouldRollForwardAYearOnceMet() {
            assertThat(everyJanuary.nextAfterMet(LocalDate.of(2022, 1, 31))).isEqualTo(LocalDate.of(2023, 1, 31));
            assertThat(everyJanuary.nextAfterMet(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2024, 1, 31));
        }

        @Test
        void shouldRollForwardFromALeapDayToTheNextFebruaryEnd() {
            DueDate.Recurring everyFebruary = new DueDate.Recurring(Month.FEBRUARY, null, "every February");

            assertThat(everyFebruary.nextAfterMet(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(everyFebruary.nextAfterMet(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
        }

        @Test
        void shouldBeDueAsOfAReferenceAtTheNextOccurrence() {
            assertThat(everyJanuary.dueAsOf(LocalDate.of(2022, 6, 1))).isEqualTo(LocalDate.of(2023, 1, 31));
        }

        @Test
        void shouldRejectADayTheMonthNeverHas() {
            assertThatThrownBy(() -> new DueDate.Recurring(Month.FEBRUARY, 30, "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DueDate.Recurring(Month.APRIL, 31, "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DueDate.Recurring(Month.JANUARY, 0, "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DueDate.Recurring(null, null, "x")).isInstanceOf(NullPointerException.class);
        }
    }
}
