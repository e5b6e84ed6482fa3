package uk.send.notification.webhook.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private static final Duration INITIAL = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofMinutes(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Instant FIRST = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant GIVE_UP_AT = FIRST.plus(GIVE_UP_AFTER);

    /** Always draws its largest value, so the wait is (within a nanosecond) the upper bound. */
    private static final RandomGenerator HIGHEST = () -> -1L;
    /** Always draws zero, so the retry is immediate. */
    private static final RandomGenerator LOWEST = () -> 0L;

    @Test
    void shouldDoubleTheUpperBoundThenCapItAtMax() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, LOWEST);

        List<Long> bounds = new ArrayList<>();
        for (int attempts = 1; attempts <= 9; attempts++) {
            bounds.add(policy.maxDelay(attempts).toSeconds());
        }

        assertThat(bounds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void shouldWaitUpToTheBoundWhenTheDrawIsHighest() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, HIGHEST);
        Instant now = FIRST.plusSeconds(30);

        for (int attempts = 1; attempts <= 9; attempts++) {
            Duration bound = policy.maxDelay(attempts);
            Instant next = policy.nextAttempt(attempts, FIRST, now).orElseThrow();
            assertThat(Duration.between(now, next)).as("attempt %d", attempts)
                    .isBetween(bound.minusNanos(1), bound);
        }
    }

    @Test
    void shouldRetryAtOnceWhenTheDrawIsZero() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, LOWEST);
        Instant now = FIRST.plusSeconds(30);

        assertThat(policy.nextAttempt(5, FIRST, now)).contains(now);
    }

    @Test
    void shouldKeepEveryJitteredDelayWithinZeroAndTheBound() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, new SplittableRandom(20250601L));
        Instant now = FIRST.plusSeconds(5);

        for (int attempts = 1; attempts <= 10; attempts++) {
            Duration bound = policy.maxDelay(attempts);
            Duration shortest = bound;
            Duration longest = Duration.ZERO;
            double totalSeconds = 0;
            int draws = 5_000;
            for (int i = 0; i < draws; i++) {
                Duration delay = Duration.between(now, policy.nextAttempt(attempts, FIRST, now).orElseThrow());
                assertThat(delay).isBetween(Duration.ZERO, bound);
                shortest = delay.compareTo(shortest) < 0 ? delay : shortest;
                longest = delay.compareTo(longest) > 0 ? delay : longest;
                totalSeconds += delay.toNanos() / 1e9;
            }
            // Full jitter spreads over the whole window, not a band near the top.
            double boundSeconds = bound.toNanos() / 1e9;
            assertThat(shortest.toNanos() / 1e9).as("shortest, attempt %d", attempts).isLessThan(boundSeconds * 0.01);
            assertThat(longest.toNanos() / 1e9).as("longest, attempt %d", attempts).isGreaterThan(boundSeconds * 0.99);
            assertThat(totalSeconds / draws).as("mean, attempt %d", attempts)
                    .isBetween(boundSeconds * 0.45, boundSeconds * 0.55);
        }
    }

    @Test
    void shouldGiveTheSameScheduleForTheSameSeed() {
        RetryPolicy one = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, new SplittableRandom(7));
        RetryPolicy other = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, new SplittableRandom(7));

        for (int attempts = 1; attempts <= 20; attempts++) {
            assertThat(one.nextAttempt(attempts, FIRST, FIRST)).isEqualTo(other.nextAttempt(attempts, FIRST, FIRST));
        }
    }

    @Test
    void shouldGiveUpOnceNowIsPastTheGiveUpTime() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, HIGHEST);

        assertThat(policy.nextAttempt(40, FIRST, GIVE_UP_AT.plusNanos(1))).isEmpty();
        assertThat(policy.nextAttempt(40, FIRST, GIVE_UP_AT.plus(Duration.ofDays(3)))).isEmpty();
        assertThat(policy.nextAttempt(1, FIRST, GIVE_UP_AT.plusSeconds(1))).isEmpty();
    }

    @Test
    void shouldStillScheduleALastRetryAtTheGiveUpTimeItself() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, HIGHEST);

        assertThat(policy.nextAttempt(40, FIRST, GIVE_UP_AT)).contains(GIVE_UP_AT);
    }

    @Test
    void shouldNeverScheduleBeyondTheGiveUpTime() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, HIGHEST);
        Instant tenSecondsBefore = GIVE_UP_AT.minusSeconds(10);

        assertThat(policy.nextAttempt(40, FIRST, tenSecondsBefore)).contains(GIVE_UP_AT);
        assertThat(policy.nextAttempt(3, FIRST, tenSecondsBefore))
                .hasValueSatisfying(next -> assertThat(next).isBefore(GIVE_UP_AT));
    }

    @Test
    void shouldNeverScheduleBeyondTheGiveUpTimeOverManyRandomDraws() {
        RetryPolicy policy = new RetryPolicy(INITIAL, Duration.ofHours(6), GIVE_UP_AFTER, new SplittableRandom(99));
        Instant now = GIVE_UP_AT.minus(Duration.ofHours(1));

        for (int i = 0; i < 2_000; i++) {
            assertThat(policy.nextAttempt(30, FIRST, now).orElseThrow()).isBetween(now, GIVE_UP_AT);
        }
    }

    @Test
    void shouldGiveUpAtOnceWhenGiveUpAfterIsZero() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, Duration.ZERO, HIGHEST);

        assertThat(policy.nextAttempt(1, FIRST, FIRST.plusMillis(1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {62, 63, 64, 65, 1_000, 1_000_000, Integer.MAX_VALUE})
    void shouldStayAtMaxWithoutOverflowForLargeAttemptCounts(int attempts) {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, HIGHEST);
        Instant now = FIRST.plusSeconds(60);

        assertThat(policy.maxDelay(attempts)).isEqualTo(MAX);
        assertThat(policy.nextAttempt(attempts, FIRST, now))
                .hasValueSatisfying(next -> assertThat(Duration.between(now, next)).isBetween(MAX.minusNanos(1), MAX));
    }

    @Test
    void shouldNotOverflowWithTheLargestDurations() {
        Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
        RetryPolicy policy = new RetryPolicy(Duration.ofDays(365), huge, huge, HIGHEST);

        assertThat(policy.maxDelay(Integer.MAX_VALUE)).isEqualTo(huge);
        Optional<Instant> next = policy.nextAttempt(Integer.MAX_VALUE, FIRST, FIRST);
        assertThat(next).hasValueSatisfying(at -> assertThat(at).isAfter(FIRST));
    }

    @Test
    void shouldReachMaxEvenWhenItIsNotAPowerOfTwoTimesInitial() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(300), Duration.ofSeconds(1), GIVE_UP_AFTER, LOWEST);

        assertThat(policy.maxDelay(1)).isEqualTo(Duration.ofMillis(300));
        assertThat(policy.maxDelay(2)).isEqualTo(Duration.ofMillis(600));
        assertThat(policy.maxDelay(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.maxDelay(4)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void shouldRefuseFewerThanOneAttempt() {
        RetryPolicy policy = new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, LOWEST);

        assertThatThrownBy(() -> policy.nextAttempt(0, FIRST, FIRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.maxDelay(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseNonsensicalSettings() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, MAX, GIVE_UP_AFTER, LOWEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(-1), MAX, GIVE_UP_AFTER, LOWEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial");
        assertThatThrownBy(() -> new RetryPolicy(MAX, INITIAL, GIVE_UP_AFTER, LOWEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
        assertThatThrownBy(() -> new RetryPolicy(INITIAL, MAX, Duration.ofSeconds(-1), LOWEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give-up");
        assertThatThrownBy(() -> new RetryPolicy(INITIAL, MAX, GIVE_UP_AFTER, null))
                .isInstanceOf(NullPointerException.class);
    }
}
