package uk.send.plan.item.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RagRuleTest {

    private final RagRule rule = new RagRule(14);
    private final LocalDate today = LocalDate.of(2026, 12, 31);

    @Test
    void shouldBeRedWhenOverdueAndNotDone() {
        assertThat(rule.own(ItemStatus.IN_PROGRESS, Optional.of(today.minusDays(1)), null, today)).isEqualTo(Rag.RED);
        assertThat(rule.own(ItemStatus.NOT_STARTED, Optional.of(today.minusDays(1)), null, today)).isEqualTo(Rag.RED);
    }

    @Test
    void shouldBeGreenOnTheDueDayItselfWhenInProgress() {
        assertThat(rule.own(ItemStatus.IN_PROGRESS, Optional.of(today), null, today)).isEqualTo(Rag.GREEN);
    }

    @Test
    void shouldBeAmberWhenNotStartedWithinTheWindowAcrossTheYearEnd() {
        assertThat(rule.own(ItemStatus.NOT_STARTED, Optional.of(LocalDate.of(2027, 1, 14)), null, today)).isEqualTo(Rag.AMBER);
        assertThat(rule.own(ItemStatus.NOT_STARTED, Optional.of(LocalDate.of(2027, 1, 15)), null, today)).isEqualTo(Rag.GREEN);
        assertThat(rule.own(ItemStatus.IN_PROGRESS, Optional.of(LocalDate.of(2027, 1, 2)), null, today)).isEqualTo(Rag.GREEN);
    }

    @Test
    void shouldBeRedWhenBlockedWhateverTheDate() {
        assertThat(rule.own(ItemStatus.BLOCKED, Optional.of(today.plusYears(1)), null, today)).isEqualTo(Rag.RED);
        assertThat(rule.own(ItemStatus.BLOCKED, Optional.empty(), null, today)).isEqualTo(Rag.RED);
    }

    @Test
    void shouldBeGreenWhenDoneOrDroppedEvenIfTheDatePassed() {
        assertThat(rule.own(ItemStatus.DONE, Optional.of(today.minusDays(30)), null, today)).isEqualTo(Rag.GREEN);
        assertThat(rule.own(ItemStatus.DROPPED, Optional.of(today.minusDays(30)), null, today)).isEqualTo(Rag.GREEN);
    }

    @Test
    void shouldLetAnOverrideWin() {
        assertThat(rule.own(ItemStatus.BLOCKED, Optional.empty(), Rag.AMBER, today)).isEqualTo(Rag.AMBER);
        assertThat(rule.own(ItemStatus.IN_PROGRESS, Optional.of(today.minusDays(3)), Rag.GREEN, today)).isEqualTo(Rag.GREEN);
    }

    @Test
    void shouldRollUpToTheWorst() {
        assertThat(Rag.GREEN.worst(Rag.AMBER)).isEqualTo(Rag.AMBER);
        assertThat(Rag.RED.worst(Rag.AMBER)).isEqualTo(Rag.RED);
        assertThat(Rag.AMBER.worst(null)).isEqualTo(Rag.AMBER);
    }

    @Test
    void shouldRejectANegativeWindow() {
        assertThatThrownBy(() -> new RagRule(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
