package uk.send.platform.jobs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.send.platform.jobs.BackgroundWorker.Step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundWorkerTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);
    private final List<BackgroundWorker> started = new ArrayList<>();

    private BackgroundWorker start(String name, Supplier<Step> step) {
        BackgroundWorker worker = BackgroundWorker.start(name, step, AN_HOUR, Duration.ofMillis(200));
        started.add(worker);
        return worker;
    }

    @AfterEach
    void stopAll() {
        started.forEach(w -> w.stop(Duration.ofSeconds(2)));
    }

    @Test
    void shouldRunAgainAtOnceAfterAFullBatchAndOnlyOnAWakeOnceDrained() {
        AtomicInteger steps = new AtomicInteger();
        BackgroundWorker worker = start("drainer", () -> steps.incrementAndGet() < 3 ? Step.MORE : Step.DRAINED);
        // Two full batches and the draining one, with no poll interval in between (it is an hour here).
        await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() == 3);

        worker.wake();
        await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() == 4);
    }

    @Test
    void shouldRetryAfterAFailingStepAndCarryOn() {
        AtomicInteger steps = new AtomicInteger();
        start("flaky", () -> {
            if (steps.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
            return steps.get() == 2 ? Step.FAILED : Step.DRAINED;
        });
        // A thrown exception and a FAILED step are both retried after a backoff, without any wake-up.
        await().atMost(Duration.ofSeconds(5)).until(() -> steps.get() == 3);
        assertThat(BackgroundWorker.dead()).doesNotContain("flaky");
        assertThat(BackgroundWorker.running()).contains("flaky");
    }

    @Test
    void shouldReportAWorkerWhoseThreadDiedUntilItIsStopped() {
        BackgroundWorker worker = start("doomed", () -> {
            throw new OutOfMemoryError("simulated");
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> BackgroundWorker.dead().contains("doomed"));
        assertThat(new WorkersLiveness().call().getStatus().name()).isEqualTo("DOWN");

        worker.stop(Duration.ofSeconds(1));
        assertThat(BackgroundWorker.dead()).doesNotContain("doomed");
        assertThat(new WorkersLiveness().call().getStatus().name()).isEqualTo("UP");
    }
}
