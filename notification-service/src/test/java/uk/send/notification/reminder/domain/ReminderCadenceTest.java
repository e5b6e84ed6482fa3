package uk.send.notification.reminder.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static uk.send.notification.reminder.domain.ReminderCadence.DAILY;
import static uk.send.notification.reminder.domain.ReminderCadence.EVERY_3_DAYS;
import static uk.send.notification.reminder.domain.ReminderCadence.WEEKLY;

class ReminderCadenceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({
                "daily, DAILY",
                "DAILY, DAILY",
                "Daily, DAILY",
                "every-3-days, EVERY_3_DAYS",
                "EVERY-3-DAYS, EVERY_3_DAYS",
                "Every-3-Days, EVERY_3_DAYS",
                "weekly, WEEKLY",
                "WeEkLy, WEEKLY",
        })
        void accepts_the_config_names_in_any_case(String value, ReminderCadence expected) {
            assertThat(ReminderCadence.parse(value)).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(ReminderCadence.class)
        void config_value_round_trips(ReminderCadence cadence) {
            assertThat(ReminderCadence.parse(cadence.configValue())).isSameAs(cadence);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"monthly", "every-2-days", "every-3-day", "every_3_days", "EVERY_3_DAYS",
                "every 3 days", "3", " daily", "daily ", "week", "fortnightly", "never"})
        void rejects_anything_else_naming_the_allowed_values(String value) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> ReminderCadence.parse(value))
                    .withMessageContaining("\"" + value + "\"")
                    .withMessageContaining("daily")
                    .withMessageContaining("every-3-days")
                    .withMessageContaining("weekly");
        }

        @Test
        void is_not_thrown_by_a_turkish_default_locale() {
            Locale original = Locale.getDefault();
            try {
                // In Turkish, "I".toLowerCase() is dotless "ı", which would break "DAILY".
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertThat(ReminderCadence.parse("DAILY")).isEqualTo(DAILY);
            } finally {
                Locale.setDefault(original);
            }
        }
    }

    @Nested
    class Periods {

        @Test
        void each_cadence_has_its_period() {
            assertThat(DAILY.period()).isEqualTo(Period.ofDays(1));
            assertThat(EVERY_3_DAYS.period()).isEqualTo(Period.ofDays(3));
            assertThat(WEEKLY.period()).isEqualTo(Period.ofDays(7));
        }

        @Test
        void config_values() {
            assertThat(DAILY.configValue()).isEqualTo("daily");
            assertThat(EVERY_3_DAYS.configValue()).isEqualTo("every-3-days");
            assertThat(WEEKLY.configValue()).isEqualTo("weekly");
        }
    }

    @Nested
    class EachCadence {
        // Due Friday 1 May 2026, last reminded Monday 4 May.
        private final LocalDate due = d("2026-05-01");
        private final LocalDate last = d("2026-05-04");

        @Test
        void daily_repeats_the_next_day() {
            assertThat(DAILY.nextReminder(due, last, last)).contains(d("2026-05-05"));
            assertThat(DAILY.isDue(due, last, last)).isFalse();
            assertThat(DAILY.isDue(due, last, d("2026-05-05"))).isTrue();
        }

        @Test
        void every_3_days_repeats_three_days_later() {
            assertThat(EVERY_3_DAYS.nextReminder(due, last, last)).contains(d("2026-05-07"));
            assertThat(EVERY_3_DAYS.nextReminder(due, last, d("2026-05-06"))).contains(d("2026-05-07"));
            assertThat(EVERY_3_DAYS.isDue(due, last, d("2026-05-06"))).isFalse();
            assertThat(EVERY_3_DAYS.isDue(due, last, d("2026-05-07"))).isTrue();
        }

        @Test
        void weekly_repeats_seven_days_later_on_the_same_weekday() {
            assertThat(WEEKLY.nextReminder(due, last, last)).contains(d("2026-05-11"));
            assertThat(d("2026-05-11").getDayOfWeek()).isEqualTo(last.getDayOfWeek());
            assertThat(WEEKLY.isDue(due, last, d("2026-05-10"))).isFalse();
            assertThat(WEEKLY.isDue(due, last, d("2026-05-11"))).isTrue();
        }

        @Test
        void on_the_scheduled_day_the_answer_is_today() {
            assertThat(WEEKLY.nextReminder(due, last, d("2026-05-11"))).contains(d("2026-05-11"));
        }

        @Test
        void first_overdue_day_after_a_reminder_on_the_due_date() {
            assertThat(DAILY.nextReminder(due, due, d("2026-05-02"))).contains(d("2026-05-02"));
            assertThat(DAILY.isDue(due, due, d("2026-05-02"))).isTrue();
        }
    }

    @Nested
    class MonthAndYearEnds {

        @ParameterizedTest
        @CsvSource({
                // cadence, last reminder, expected next
                "daily,        2026-04-30, 2026-05-01",
                "daily,        2026-01-31, 2026-02-01",
                "every-3-days, 2026-01-30, 2026-02-02",
                "every-3-days, 2026-04-29, 2026-05-02",
                "weekly,       2026-02-25, 2026-03-04",
                "weekly,       2026-08-28, 2026-09-04",
                "daily,        2026-12-31, 2027-01-01",
                "every-3-days, 2026-12-30, 2027-01-02",
                "every-3-days, 2026-12-29, 2027-01-01",
                "weekly,       2026-12-28, 2027-01-04",
                "weekly,       2026-12-31, 2027-01-07",
        })
        void crosses_the_boundary(String cadence, LocalDate last, LocalDate expected) {
            LocalDate due = last.minusDays(10);
            ReminderCadence c = ReminderCadence.parse(cadence);
            assertThat(c.nextReminder(due, last, last)).contains(expected);
            assertThat(c.isDue(due, last, expected)).isTrue();
            assertThat(c.isDue(due, last, expected.minusDays(1))).isFalse();
        }
    }

    @Nested
    class LeapDay2028 {

        @ParameterizedTest
        @CsvSource({
                "daily,        2028-02-28, 2028-02-29",
                "daily,        2028-02-29, 2028-03-01",
                "every-3-days, 2028-02-26, 2028-02-29",
                "every-3-days, 2028-02-27, 2028-03-01",
                "every-3-days, 2028-02-29, 2028-03-03",
                "weekly,       2028-02-22, 2028-02-29",
                "weekly,       2028-02-25, 2028-03-03",
                "weekly,       2028-02-29, 2028-03-07",
        })
        void counts_the_29th_as_a_day(String cadence, LocalDate last, LocalDate expected) {
            LocalDate due = d("2028-02-01");
            assertThat(ReminderCadence.parse(cadence).nextReminder(due, last, last)).contains(expected);
        }

        @Test
        void a_non_leap_february_goes_straight_to_march() {
            assertThat(EVERY_3_DAYS.nextReminder(d("2027-02-01"), d("2027-02-26"), d("2027-02-26")))
                    .contains(d("2027-03-01"));
        }

        @Test
        void an_item_due_on_the_leap_day_is_first_overdue_on_1_march() {
            LocalDate due = d("2028-02-29");
            assertThat(DAILY.nextReminder(due, d("2028-02-28"), due)).isEmpty();
            assertThat(DAILY.nextReminder(due, d("2028-02-28"), d("2028-03-01"))).contains(d("2028-03-01"));
        }
    }

    @Nested
    class NotOverdue {

        @ParameterizedTest
        @EnumSource(ReminderCadence.class)
        void nothing_on_the_due_date_itself(ReminderCadence cadence) {
            LocalDate due = d("2026-05-01");
            LocalDate last = d("2026-04-01");
            assertThat(cadence.nextReminder(due, last, due)).isEmpty();
            assertThat(cadence.isDue(due, last, due)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(ReminderCadence.class)
        void nothing_before_the_due_date_even_if_a_reminder_would_otherwise_be_due(ReminderCadence cadence) {
            LocalDate due = d("2026-05-01");
            LocalDate last = d("2026-04-01");
            assertThat(cadence.nextReminder(due, last, d("2026-04-20"))).isEmpty();
            assertThat(cadence.isDue(due, last, d("2026-04-20"))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(ReminderCadence.class)
        void the_day_after_the_due_date_is_overdue(ReminderCadence cadence) {
            LocalDate due = d("2026-05-01");
            LocalDate last = d("2026-04-01");
            assertThat(cadence.nextReminder(due, last, d("2026-05-02"))).contains(d("2026-05-02"));
            assertThat(cadence.isDue(due, last, d("2026-05-02"))).isTrue();
        }
    }

    @Nested
    class MissedWhileTheServiceWasDown {

        private final LocalDate due = d("2026-05-01");

        @Test
        void returns_today_rather_than_the_missed_date() {
            // Weekly reminder was due on 11 May; the service was down until 20 May.
            LocalDate last = d("2026-05-04");
            assertThat(WEEKLY.nextReminder(due, last, d("2026-05-20"))).contains(d("2026-05-20"));
            assertThat(WEEKLY.isDue(due, last, d("2026-05-20"))).isTrue();
        }

        @ParameterizedTest
        @EnumSource(ReminderCadence.class)
        void never_returns_a_date_in_the_past(ReminderCadence cadence) {
            LocalDate last = d("2026-05-02");
            LocalDate scheduled = last.plus(cadence.period());
            for (LocalDate today = d("2026-05-02"); today.isBefore(d("2026-07-01")); today = today.plusDays(1)) {
                LocalDate next = cadence.nextReminder(due, last, today).orElseThrow();
                assertThat(next).as("on %s", today).isAfterOrEqualTo(today);
                assertThat(next).as("on %s", today).isEqualTo(today.isBefore(scheduled) ? scheduled : today);
            }
        }

        @Test
        void one_catch_up_reminder_then_the_cadence_resumes_from_it() {
            // Every 3 days after the due-date reminder; the service is down 8-16 May inclusive.
            List<LocalDate> sent = simulate(EVERY_3_DAYS, d("2026-05-01"), d("2026-05-31"),
                    d("2026-05-08"), d("2026-05-16"));

            assertThat(sent).containsExactly(
                    d("2026-05-04"), d("2026-05-07"),
                    // 10, 13 and 16 May were missed: one reminder on recovery, not three.
                    d("2026-05-17"),
                    d("2026-05-20"), d("2026-05-23"), d("2026-05-26"), d("2026-05-29"));
        }

        @Test
        void daily_after_an_outage_sends_one_reminder_per_day_not_a_backlog() {
            List<LocalDate> sent = simulate(DAILY, d("2026-05-01"), d("2026-05-12"),
                    d("2026-05-04"), d("2026-05-09"));

            assertThat(sent).containsExactly(
                    d("2026-05-02"), d("2026-05-03"),
                    d("2026-05-10"), d("2026-05-11"), d("2026-05-12"));
        }

        /**
         * Runs the service once a day from the day after {@code due} to {@code until}, sending
         * whenever a reminder is due except while down. The reminder sent on the due date itself
         * (outside this class) is the starting "last reminder".
         */
        private List<LocalDate> simulate(ReminderCadence cadence, LocalDate due, LocalDate until,
                                         LocalDate downFrom, LocalDate downTo) {
            List<LocalDate> sent = new ArrayList<>();
            LocalDate last = due;
            for (LocalDate today = due.plusDays(1); !today.isAfter(until); today = today.plusDays(1)) {
                boolean down = !today.isBefore(downFrom) && !today.isAfter(downTo);
                if (!down && cadence.isDue(due, last, today)) {
                    sent.add(today);
                    last = today;
                }
            }
            return sent;
        }
    }

    @Nested
    class Nulls {

        @Test
        void are_rejected() {
            LocalDate day = d("2026-05-01");
            assertThatNullPointerException().isThrownBy(() -> DAILY.nextReminder(null, day, day));
            assertThatNullPointerException().isThrownBy(() -> DAILY.nextReminder(day, null, day));
            assertThatNullPointerException().isThrownBy(() -> DAILY.nextReminder(day, day, null));
            assertThatNullPointerException().isThrownBy(() -> DAILY.isDue(day, day, null));
        }
    }
}
