package uk.send.notification.digest.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DigestScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Instant utc(String isoLocal) {
        return LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC);
    }

    private static Instant london(String isoLocal) {
        return LocalDateTime.parse(isoLocal).atZone(LONDON).toInstant();
    }

    private final DigestSchedule sevenAm = new DigestSchedule(LocalTime.of(7, 0), LONDON);
    private final DigestSchedule halfOne = new DigestSchedule(LocalTime.of(1, 30), LONDON);

    @Nested
    class Winter {

        @Test
        void seven_am_gmt_is_seven_utc() {
            assertThat(sevenAm.nextAfter(utc("2026-01-15T06:59:59"))).isEqualTo(utc("2026-01-15T07:00:00"));
        }

        @Test
        void after_todays_send_goes_to_tomorrow() {
            assertThat(sevenAm.nextAfter(utc("2026-01-15T12:00:00"))).isEqualTo(utc("2026-01-16T07:00:00"));
        }

        @Test
        void crosses_the_year_end() {
            assertThat(sevenAm.nextAfter(utc("2026-12-31T08:00:00"))).isEqualTo(utc("2027-01-01T07:00:00"));
        }
    }

    @Nested
    class Summer {

        @Test
        void seven_am_bst_is_six_utc() {
            assertThat(sevenAm.nextAfter(utc("2026-07-15T03:00:00"))).isEqualTo(utc("2026-07-15T06:00:00"));
        }

        @Test
        void between_six_and_seven_utc_todays_send_has_already_gone() {
            // 06:30Z is 07:30 BST, so a naive UTC 07:00 would wrongly send again today.
            assertThat(sevenAm.nextAfter(utc("2026-07-15T06:30:00"))).isEqualTo(utc("2026-07-16T06:00:00"));
        }
    }

    @Nested
    class ExactlyAtASend {

        @Test
        void returns_the_next_days_send() {
            Instant send = utc("2026-01-15T07:00:00");
            assertThat(sevenAm.nextAfter(send)).isEqualTo(utc("2026-01-16T07:00:00"));
        }

        @Test
        void a_nanosecond_before_returns_that_send() {
            Instant send = utc("2026-07-15T06:00:00");
            assertThat(sevenAm.nextAfter(send.minusNanos(1))).isEqualTo(send);
        }

        @Test
        void feeding_each_result_back_in_never_repeats_a_send() {
            Instant first = sevenAm.nextAfter(utc("2026-03-27T12:00:00"));
            Instant second = sevenAm.nextAfter(first);
            assertThat(second).isAfter(first);
            assertThat(sevenAm.digestDate(second)).isEqualTo(sevenAm.digestDate(first).plusDays(1));
        }
    }

    @Nested
    class SpringForward2026 {
        // Sunday 29 March 2026: 01:00 GMT becomes 02:00 BST.

        @Test
        void day_before_is_still_gmt() {
            assertThat(sevenAm.nextAfter(utc("2026-03-27T12:00:00"))).isEqualTo(utc("2026-03-28T07:00:00"));
        }

        @Test
        void change_day_is_already_bst_at_seven() {
            assertThat(sevenAm.nextAfter(utc("2026-03-28T12:00:00"))).isEqualTo(utc("2026-03-29T06:00:00"));
        }

        @Test
        void day_after_is_bst() {
            assertThat(sevenAm.nextAfter(utc("2026-03-29T12:00:00"))).isEqualTo(utc("2026-03-30T06:00:00"));
        }

        @Test
        void the_night_of_the_change_is_23_hours_between_sends() {
            Instant saturday = sevenAm.nextAfter(utc("2026-03-27T12:00:00"));
            Instant sunday = sevenAm.nextAfter(saturday);
            assertThat(Duration.between(saturday, sunday)).isEqualTo(Duration.ofHours(23));
            assertThat(sunday.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        }

        @Test
        void from_inside_the_small_hours_of_the_change_finds_that_mornings_send() {
            // 00:59:59Z is 00:59:59 GMT; 01:00Z is already 02:00 BST.
            assertThat(sevenAm.nextAfter(utc("2026-03-29T00:59:59"))).isEqualTo(utc("2026-03-29T06:00:00"));
            assertThat(sevenAm.nextAfter(utc("2026-03-29T01:00:00"))).isEqualTo(utc("2026-03-29T06:00:00"));
        }
    }

    @Nested
    class FallBack2026 {
        // Sunday 25 October 2026: 02:00 BST becomes 01:00 GMT.

        @Test
        void day_before_is_still_bst() {
            assertThat(sevenAm.nextAfter(utc("2026-10-23T12:00:00"))).isEqualTo(utc("2026-10-24T06:00:00"));
        }

        @Test
        void change_day_is_already_gmt_at_seven() {
            assertThat(sevenAm.nextAfter(utc("2026-10-24T12:00:00"))).isEqualTo(utc("2026-10-25T07:00:00"));
        }

        @Test
        void day_after_is_gmt() {
            assertThat(sevenAm.nextAfter(utc("2026-10-25T12:00:00"))).isEqualTo(utc("2026-10-26T07:00:00"));
        }

        @Test
        void the_night_of_the_change_is_25_hours_between_sends() {
            Instant saturday = sevenAm.nextAfter(utc("2026-10-23T12:00:00"));
            Instant sunday = sevenAm.nextAfter(saturday);
            assertThat(Duration.between(saturday, sunday)).isEqualTo(Duration.ofHours(25));
            assertThat(sunday.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        }

        @Test
        void between_six_and_seven_utc_on_the_change_day_the_send_is_still_to_come() {
            // 06:30Z on 25 October is 06:30 GMT: the 07:00 send has not happened yet.
            assertThat(sevenAm.nextAfter(utc("2026-10-25T06:30:00"))).isEqualTo(utc("2026-10-25T07:00:00"));
        }
    }

    @Nested
    class SendTimeInTheSpringForwardGap {
        // 01:30 does not exist in London on 29 March 2026.

        @Test
        void sends_once_shifted_forward_past_the_gap() {
            Instant send = halfOne.nextAfter(utc("2026-03-28T12:00:00"));
            // ZonedDateTime.of moves 01:30 forward by the one-hour gap: 02:30 BST, i.e. 01:30Z.
            assertThat(send).isEqualTo(utc("2026-03-29T01:30:00"));
            assertThat(send.atZone(LONDON).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T02:30:00"));
            assertThat(halfOne.digestDate(send)).isEqualTo(LocalDate.of(2026, 3, 29));
        }

        @Test
        void the_send_is_after_the_gap_and_not_before_it() {
            Instant gapEnd = london("2026-03-29T02:00:00");
            Instant send = halfOne.nextAfter(utc("2026-03-28T12:00:00"));
            assertThat(send).isAfterOrEqualTo(gapEnd);
            assertThat(LONDON.getRules().getOffset(send)).isEqualTo(ZoneOffset.ofHours(1));
        }

        @Test
        void from_the_very_start_of_the_change_day_still_sends_that_day() {
            assertThat(halfOne.nextAfter(utc("2026-03-29T00:00:00"))).isEqualTo(utc("2026-03-29T01:30:00"));
        }

        @Test
        void from_the_instant_the_clocks_change_still_sends_that_day() {
            assertThat(halfOne.nextAfter(utc("2026-03-29T01:00:00"))).isEqualTo(utc("2026-03-29T01:30:00"));
        }

        @Test
        void the_days_either_side_are_unaffected() {
            assertThat(halfOne.nextAfter(utc("2026-03-27T12:00:00"))).isEqualTo(utc("2026-03-28T01:30:00"));
            assertThat(halfOne.nextAfter(utc("2026-03-29T01:30:00"))).isEqualTo(utc("2026-03-30T00:30:00"));
            assertThat(utc("2026-03-30T00:30:00").atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        }

        @Test
        void a_send_time_at_the_start_of_the_gap_moves_to_the_end_of_it() {
            DigestSchedule oneAm = new DigestSchedule(LocalTime.of(1, 0), LONDON);
            assertThat(oneAm.nextAfter(utc("2026-03-28T12:00:00"))).isEqualTo(london("2026-03-29T02:00:00"));
        }
    }

    @Nested
    class SendTimeInTheAutumnOverlap {
        // 01:30 happens twice in London on 25 October 2026: 01:30 BST (00:30Z) then 01:30 GMT (01:30Z).

        @Test
        void sends_at_the_earlier_offset() {
            Instant send = halfOne.nextAfter(utc("2026-10-24T12:00:00"));
            assertThat(send).isEqualTo(utc("2026-10-25T00:30:00"));
            assertThat(LONDON.getRules().getOffset(send)).isEqualTo(ZoneOffset.ofHours(1));
            assertThat(halfOne.digestDate(send)).isEqualTo(LocalDate.of(2026, 10, 25));
        }

        @Test
        void does_not_send_again_at_the_repeated_half_past_one() {
            Instant first = utc("2026-10-25T00:30:00");
            assertThat(halfOne.nextAfter(first)).isEqualTo(utc("2026-10-26T01:30:00"));
        }

        @Test
        void after_the_clocks_go_back_but_before_the_second_half_past_one_waits_for_tomorrow() {
            // 01:00Z is 01:00 GMT, half an hour before the repeated 01:30.
            assertThat(halfOne.nextAfter(utc("2026-10-25T01:00:00"))).isEqualTo(utc("2026-10-26T01:30:00"));
        }

        @Test
        void the_days_either_side_are_unaffected() {
            assertThat(halfOne.nextAfter(utc("2026-10-23T12:00:00"))).isEqualTo(utc("2026-10-24T00:30:00"));
            assertThat(utc("2026-10-26T01:30:00").atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        }
    }

    @Nested
    class FourHundredConsecutiveSends {

        @Test
        void one_per_local_day_at_the_configured_local_time() {
            List<Instant> sends = consecutive(sevenAm, utc("2026-01-01T00:00:00"), 400);

            LocalDate expectedDate = LocalDate.of(2026, 1, 1);
            for (Instant send : sends) {
                ZonedDateTime local = send.atZone(LONDON);
                assertThat(local.toLocalDate()).as("date of %s", send).isEqualTo(expectedDate);
                assertThat(local.toLocalTime()).as("time of %s", send).isEqualTo(LocalTime.of(7, 0));
                assertThat(sevenAm.digestDate(send)).isEqualTo(expectedDate);
                expectedDate = expectedDate.plusDays(1);
            }
            // Spans both 2026 changes (1 January 2026 to 4 February 2027).
            assertThat(sends.get(sends.size() - 1)).isEqualTo(utc("2027-02-04T07:00:00"));
            assertThat(sends).extracting(s -> LONDON.getRules().getOffset(s))
                    .contains(ZoneOffset.UTC, ZoneOffset.ofHours(1));
        }

        @Test
        void a_send_time_hit_by_the_changes_still_gives_exactly_one_per_local_day() {
            List<Instant> sends = consecutive(halfOne, utc("2026-01-01T00:00:00"), 400);

            Set<LocalDate> dates = new HashSet<>();
            LocalDate expectedDate = LocalDate.of(2026, 1, 1);
            LocalDate springForwardDay = LocalDate.of(2026, 3, 29);
            for (Instant send : sends) {
                LocalDate date = halfOne.digestDate(send);
                assertThat(date).as("date of %s", send).isEqualTo(expectedDate);
                assertThat(dates.add(date)).as("only one send on %s", date).isTrue();
                LocalTime expectedTime = date.equals(springForwardDay) ? LocalTime.of(2, 30) : LocalTime.of(1, 30);
                assertThat(send.atZone(LONDON).toLocalTime()).as("time of %s", send).isEqualTo(expectedTime);
                expectedDate = expectedDate.plusDays(1);
            }
            assertThat(dates).hasSize(400);
        }

        private List<Instant> consecutive(DigestSchedule schedule, Instant start, int count) {
            List<Instant> sends = new ArrayList<>();
            Instant cursor = start;
            for (int i = 0; i < count; i++) {
                Instant next = schedule.nextAfter(cursor);
                assertThat(next).isAfter(cursor);
                sends.add(next);
                cursor = next;
            }
            return sends;
        }
    }

    @Nested
    class OtherZones {

        @Test
        void utc_zone_is_plain_24_hour_steps() {
            DigestSchedule schedule = new DigestSchedule(LocalTime.of(7, 0), ZoneOffset.UTC);
            assertThat(schedule.nextAfter(utc("2026-07-15T06:30:00"))).isEqualTo(utc("2026-07-15T07:00:00"));
            assertThat(schedule.nextAfter(utc("2026-07-15T07:00:00"))).isEqualTo(utc("2026-07-16T07:00:00"));
        }

        @Test
        void a_gap_straddling_midnight_does_not_skip_the_pushed_over_send() {
            // Nuuk (Greenland) went from -02:00 to -01:00 at 23:00 on 30 March 2024, so 23:30 that
            // evening never happened and the send lands at 00:30 on the 31st (01:30Z).
            ZoneId nuuk = ZoneId.of("America/Nuuk");
            assumeTrue(nuuk.getRules().getValidOffsets(LocalDateTime.parse("2024-03-30T23:30:00")).isEmpty(),
                    "this JDK's tzdata has the 2024 Nuuk change");
            DigestSchedule schedule = new DigestSchedule(LocalTime.of(23, 30), nuuk);

            assertThat(schedule.nextAfter(utc("2024-03-31T01:10:00"))).isEqualTo(utc("2024-03-31T01:30:00"));
            assertThat(schedule.nextAfter(utc("2024-03-31T01:30:00"))).isEqualTo(utc("2024-04-01T00:30:00"));
        }
    }

    @Nested
    class Construction {

        @Test
        void rejects_nulls() {
            assertThatNullPointerException().isThrownBy(() -> new DigestSchedule(null, LONDON));
            assertThatNullPointerException().isThrownBy(() -> new DigestSchedule(LocalTime.NOON, null));
            assertThatNullPointerException().isThrownBy(() -> sevenAm.nextAfter(null));
            assertThatNullPointerException().isThrownBy(() -> sevenAm.digestDate(null));
        }

        @Test
        void exposes_its_settings() {
            assertThat(sevenAm.sendAt()).isEqualTo(LocalTime.of(7, 0));
            assertThat(sevenAm.zone()).isEqualTo(LONDON);
        }
    }
}
