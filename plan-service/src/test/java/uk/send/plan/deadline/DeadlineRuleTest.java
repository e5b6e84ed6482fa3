package uk.send.plan.deadline;

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
    void shouldRejectNegativeLeadTimes() {
        assertThatThrownBy(() -> new DeadlineRule(List.of(7, -1))).isInstanceOf(IllegalArgumentException.class);
    }
}
