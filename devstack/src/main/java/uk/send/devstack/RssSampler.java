package uk.send.devstack;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmarks' memory probe: samples a service process's resident set size every 50 ms on a daemon thread and
 * keeps the peak, so a results table can report "peak RSS throughout" against its limit.
 */
public final class RssSampler implements AutoCloseable {

    private final AtomicLong peakKb = new AtomicLong();
    private final Thread thread;

    private RssSampler(ServiceProcess service) {
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    peakKb.accumulateAndGet(service.rssKb(), Math::max);
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception ignored) {
                    // the process is ending
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling {@code service} now. */
    public static RssSampler start(ServiceProcess service) {
        RssSampler sampler = new RssSampler(service);
        sampler.thread.start();
        return sampler;
    }

    /** The highest RSS seen so far, in MB. */
    public long peakMb() {
        return peakKb.get() / 1024;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
