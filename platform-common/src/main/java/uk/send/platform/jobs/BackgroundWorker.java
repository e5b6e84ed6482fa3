package uk.send.platform.jobs;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One background thread that drains a queue kept in the database (outbox rows, deliveries, deadline
 * notices) step by step: a step that did a full batch runs again at once, an empty one waits for
 * {@link #wake()} (called after a commit that queued work) or the poll interval, a failing one backs off
 * exponentially up to a cap. Every service's drainers behave the same way because they are this class.
 *
 * <p>A worker whose thread has died (an {@link Error} such as running out of memory escaped a step) makes
 * the service's liveness check fail ({@link WorkersLiveness}), so that the orchestrator restarts it rather
 * than leaving a service that answers requests but never relays its events.
 */
public final class BackgroundWorker {

    /** What one step found. */
    public enum Step {
        /** Nothing left: wait for a wake-up or the poll interval. */
        DRAINED,
        /** A full batch was done: run again at once. */
        MORE,
        /** Another replica holds the work's lock: look again soon, so that our own work is not delayed. */
        BUSY_ELSEWHERE,
        /** The step could not finish (broker or database away): back off and retry. */
        FAILED
    }

    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class);
    private static final Set<BackgroundWorker> RUNNING = ConcurrentHashMap.newKeySet();
    private static final long FIRST_BACKOFF_MS = 100;
    private static final long BUSY_PAUSE_MS = 50;

    private final String name;
    private final Supplier<Step> step;
    private final long pollMs;
    private final long maxBackoffMs;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    private BackgroundWorker(String name, Supplier<Step> step, Runnable beforeFirstStep, Duration pollInterval, Duration maxBackoff) {
        this.name = name;
        this.step = step;
        this.pollMs = Math.max(1, pollInterval.toMillis());
        this.maxBackoffMs = Math.max(FIRST_BACKOFF_MS, maxBackoff.toMillis());
        this.thread = new Thread(() -> {
            try {
                beforeFirstStep.run();
                loop();
            } catch (Error e) {
                LOG.errorf(e, "%s stopped: %s", name, e);
                throw e;
            }
        }, name);
        thread.setDaemon(true);
    }

    /** Starts a worker thread called {@code name} running {@code step} until {@link #stop}. */
    public static BackgroundWorker start(String name, Supplier<Step> step, Duration pollInterval, Duration maxBackoff) {
        return start(name, step, () -> { }, pollInterval, maxBackoff);
    }

    /** As {@link #start(String, Supplier, Duration, Duration)}, running {@code beforeFirstStep} on the worker thread first. */
    public static BackgroundWorker start(String name, Supplier<Step> step, Runnable beforeFirstStep, Duration pollInterval, Duration maxBackoff) {
        BackgroundWorker worker = new BackgroundWorker(name, step, beforeFirstStep, pollInterval, maxBackoff);
        RUNNING.add(worker);
        worker.thread.start();
        return worker;
    }

    /** The names of the workers started and not stopped whose thread has nevertheless ended. */
    public static List<String> dead() {
        return RUNNING.stream().filter(w -> !w.thread.isAlive()).map(w -> w.name).sorted().toList();
    }

    /** The names of the workers running now. */
    public static List<String> running() {
        return RUNNING.stream().filter(w -> w.thread.isAlive()).map(w -> w.name).sorted().toList();
    }

    /** Runs the next step now rather than at the end of the poll interval. */
    public void wake() {
        wake.release();
    }

    /** Stops after the current step, waiting up to {@code wait} for it to finish. */
    public void stop(Duration wait) {
        RUNNING.remove(this);
        running = false;
        wake.release();
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            Step result;
            try {
                result = step.get();
            } catch (RuntimeException e) {
                LOG.warnf("%s: %s", name, e.getMessage());
                result = Step.FAILED;
            }
            switch (result) {
                case MORE -> backoffMs = 0;
                case DRAINED -> {
                    backoffMs = 0;
                    pause(pollMs);
                }
                case BUSY_ELSEWHERE -> {
                    backoffMs = 0;
                    pause(Math.min(BUSY_PAUSE_MS, pollMs));
                }
                case FAILED -> {
                    backoffMs = backoffMs == 0 ? FIRST_BACKOFF_MS : Math.min(backoffMs * 2, maxBackoffMs);
                    pause(backoffMs);
                }
            }
        }
    }

    private void pause(long millis) {
        try {
            if (wake.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
