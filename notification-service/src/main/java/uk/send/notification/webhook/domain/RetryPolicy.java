package uk.send.notification.webhook.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides when a failed webhook delivery is tried again: exponential backoff with full jitter,
 * so that many deliveries failing together (a receiver down) do not all come back at once, and
 * a give-up time after which the delivery is parked as a dead letter instead.
 */
public final class RetryPolicy {

    private final Duration initial;
    private final Duration max;
    private final Duration giveUpAfter;
    private final RandomGenerator random;

    /**
     * @param initial     the longest wait after the first failed attempt
     * @param max         the longest wait after any attempt, however many have failed
     * @param giveUpAfter how long after the first attempt retrying stops
     * @param random      source of the jitter
     */
    public RetryPolicy(Duration initial, Duration max, Duration giveUpAfter, RandomGenerator random) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial retry delay must be more than zero");
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("maximum retry delay must be at least the initial one");
        }
        if (giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("give-up time must be zero or more");
        }
        this.initial = initial;
        this.max = max;
        this.giveUpAfter = giveUpAfter;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * When to try again after {@code attemptsSoFar} failed attempts, the first made at
     * {@code firstAttemptAt}; empty once {@code now} is past the give-up time, meaning the
     * delivery should be parked as a dead letter. Never later than the give-up time, so the
     * last retry still happens.
     */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant firstAttemptAt, Instant now) {
        Objects.requireNonNull(firstAttemptAt, "firstAttemptAt");
        Objects.requireNonNull(now, "now");
        Instant giveUpAt = giveUpAt(firstAttemptAt);
        if (now.isAfter(giveUpAt)) {
            return Optional.empty();
        }
        Duration delay = jitter(maxDelay(attemptsSoFar));
        Duration untilGiveUp = Duration.between(now, giveUpAt);
        return Optional.of(now.plus(delay.compareTo(untilGiveUp) > 0 ? untilGiveUp : delay));
    }

    /**
     * The upper bound of the random wait after {@code attemptsSoFar} failed attempts:
     * {@code min(max, initial * 2^(attemptsSoFar - 1))}.
     */
    public Duration maxDelay(int attemptsSoFar) {
        if (attemptsSoFar < 1) {
            throw new IllegalArgumentException("a retry needs at least one attempt made, not " + attemptsSoFar);
        }
        // Doubling step by step, stopping at max, cannot overflow however large the count is,
        // where initial * 2^(n-1) would.
        Duration bound = initial;
        Duration halfMax = max.dividedBy(2);
        for (int i = 1; i < attemptsSoFar && bound.compareTo(max) < 0; i++) {
            bound = bound.compareTo(halfMax) <= 0 ? bound.multipliedBy(2) : max;
        }
        return bound.compareTo(max) > 0 ? max : bound;
    }

    private Duration jitter(Duration bound) {
        long boundNanos = saturatedNanos(bound);
        // One nextDouble() per draw, rather than nextLong(origin, bound), whose rejection loop
        // could spin forever on a generator that returns a fixed value (as test doubles do).
        long nanos = (long) (random.nextDouble() * boundNanos);
        return Duration.ofNanos(Math.min(Math.max(nanos, 0), boundNanos));
    }

    private Instant giveUpAt(Instant firstAttemptAt) {
        try {
            return firstAttemptAt.plus(giveUpAfter);
        } catch (DateTimeException | ArithmeticException beyondTime) {
            return Instant.MAX;
        }
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
