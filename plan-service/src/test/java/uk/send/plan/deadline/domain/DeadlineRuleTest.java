package uk.send.plan.deadline.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineRuleTest {

    private final DeadlineRule rule = new DeadlineRule(List.of(14, 7, 1, 0));
    private final LocalDate today = LocalDate.of(2026, 12, 28);

    @Test
    void shouldAnnounceTheTightestLeadTimeReached() {
        assertThat(rule.noticeFor(today.plusDays(1), today)).contains(new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 1));
        assertThat(rule.noticeFor(today.plusDays(5), today)).contains(new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 7));
        assertThat(rule.noticeFor(today.plusDays(14), today)).contains(new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 14));
        assertThat(rule.noticeFor(today, today)).contains(new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 0));
    }

    @Test
    void shouldSayNothingBeyondTheLongestLeadTime() {
        assertThat(rule.noticeFor(today.plusDays(15), today)).isEmpty();
    }

    @Test
    void shouldCallADeadlineMissedTheDayAfterAcrossTheYearEnd() {
        assertThat(rule.noticeFor(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
                .contains(new DeadlineRule.Notice(DeadlineRule.Kind.MISSED, DeadlineRule.MISSED_LEAD));
    }

    @Test
    void shouldCountDaysAcrossALeapDay() {
        assertThat(rule.noticeFor(LocalDate.of(2028, 3, 7), LocalDate.of(2028, 2, 28)))
                .contains(new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 14));
    }

    @Test
    void shouldDrawBandsThatGiveEveryDueDateTheNoticeTheRuleGives() {
        // Across a leap day and a year end, every due date from a year back to beyond the longest lead time.
        for (LocalDate day : List.of(today, LocalDate.of(2028, 2, 20), LocalDate.of(2027, 12, 25))) {
            List<DeadlineRule.Band> bands = rule.bands(day);
            for (LocalDate due = day.minusDays(400); due.isBefore(day.plusDays(30)); due = due.plusDays(1)) {
                LocalDate d = due;
                var inBand = bands.stream()
                        .filter(b -> (b.low() == null || !d.isBefore(b.low())) && !d.isAfter(b.high()))
                        .map(DeadlineRule.Band::notice).toList();
                assertThat(inBand).as("due %s on %s", due, day).isEqualTo(rule.noticeFor(due, day).stream().toList());
            }
        }
    }

    @Test
    void shouldDrawOneBandPerLeadTimeAndOneForMissed() {
        assertThat(rule.bands(today)).containsExactly(
                new DeadlineRule.Band(null, today.minusDays(1), new DeadlineRule.Notice(DeadlineRule.Kind.MISSED, -1)),
                new DeadlineRule.Band(today, today, new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 0)),
                new DeadlineRule.Band(today.plusDays(1), today.plusDays(1), new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 1)),
                new DeadlineRule.Band(today.plusDays(2), today.plusDays(7), new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 7)),
                new DeadlineRule.Band(today.plusDays(8), today.plusDays(14), new DeadlineRule.Notice(DeadlineRule.Kind.APPROACHING, 14)));
    }

    @Test
    void shouldRejectNegativeLeadTimes() {
        assertThatThrownBy(() -> new DeadlineRule(List.of(7, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
