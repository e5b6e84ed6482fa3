package uk.send.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Group commit of single writes that arrive at the same time: each caller submits one item and gets its own result,
 * but items submitted while a transaction is being written wait and then go in together, in one transaction of their
 * own. Under load a service then pays one transaction, one commit and one statement per kind of row for a whole group
 * of requests instead of for each; alone, a caller writes its item at once, as before (no timer, no waiting for
 * company).
 *
 * <p>One thread writes at a time: the first caller to find nobody writing becomes the writer, drains the queue (at most
 * {@code maxGroup} items a transaction) until its own item is written, and then hands the writing to the caller at the
 * head of the queue, so no caller serves the others for long. Each caller returns only once its own item's transaction
 * has committed (or failed), so what a response says is durable exactly as it was with one transaction a request.
 *
 * <p>A group whose transaction fails (a row that breaks a constraint, a failing observer) is written again one item a
 * transaction through {@code single}, so one bad item fails only its own caller and the others still commit; a group
 * never half-writes, since its transaction rolled back whole.
 *
 * @param <I> what a caller submits
 * @param <O> what it gets back
 */
public final class GroupCommit<I, O> {

    private final Function<List<I>, List<O>> group;
    private final Function<I, O> single;
    private final int maxGroup;
    private final IntConsumer groupSizes;
    private final ConcurrentLinkedQueue<Entry<I, O>> queue = new ConcurrentLinkedQueue<>();
    /** True while some caller is the writer (or has been handed the writing and not yet woken). */
    private final AtomicBoolean writing = new AtomicBoolean();

    /**
     * @param group      writes a group in one new transaction and returns a result per item, in order
     * @param single     writes one item in a new transaction of its own (after its group's transaction failed)
     * @param maxGroup   most items in one transaction (bounds the memory and time of one write)
     * @param groupSizes told the size of each group written (a metric); what it throws is ignored
     */
    public GroupCommit(Function<List<I>, List<O>> group, Function<I, O> single, int maxGroup, IntConsumer groupSizes) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup must be at least 1");
        }
        this.group = Objects.requireNonNull(group);
        this.single = Objects.requireNonNull(single);
        this.maxGroup = maxGroup;
        this.groupSizes = Objects.requireNonNull(groupSizes);
    }

    /**
     * Writes {@code item} (alone or with others submitted meanwhile) and returns its result once its transaction has
     * committed; rethrows what its own write threw.
     */
    public O submit(I item) {
        Entry<I, O> mine = new Entry<>(item, Thread.currentThread());
        queue.add(mine);
        if (writing.compareAndSet(false, true)) {
            // Nobody else writes now; but the writer that just gave up may already have written this item.
            if (mine.state == State.DONE) {
                handOver();
            } else {
                mine.state = State.WRITER;
            }
        }
        boolean interrupted = false;
        while (mine.state == State.WAITING) {
            LockSupport.park(this);
            // An interrupt cannot take the item back out of a group that may be committing: wait on, and keep the flag.
            interrupted |= Thread.interrupted();
        }
        if (mine.state == State.WRITER) {
            write(mine);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.result();
    }

    private void write(Entry<I, O> mine) {
        try {
            while (mine.state != State.DONE) {
                List<Entry<I, O>> entries = new ArrayList<>();
                for (Entry<I, O> e; entries.size() < maxGroup && (e = queue.poll()) != null; ) {
                    entries.add(e);
                }
                writeGroup(entries);
            }
        } catch (Error fatal) {
            // This caller's own item, if still queued, must not be handed the writing after it has left.
            if (queue.remove(mine)) {
                mine.finish(null, fatal);
            }
            throw fatal;
        } finally {
            handOver();
        }
    }

    /** Writes a group and finishes every one of its callers, whatever happens (an Error too: no caller is left waiting). */
    private void writeGroup(List<Entry<I, O>> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            writeOrRetry(entries);
        } catch (Error fatal) {
            for (Entry<I, O> e : entries) {
                if (e.state != State.DONE) {
                    e.finish(null, fatal);
                }
            }
            throw fatal;
        }
        try {
            groupSizes.accept(entries.size());
        } catch (RuntimeException metricFailed) {
            // A metric must not fail writes that have committed.
        }
    }

    private void writeOrRetry(List<Entry<I, O>> entries) {
        List<I> items = new ArrayList<>(entries.size());
        entries.forEach(e -> items.add(e.item));
        try {
            List<O> results = group.apply(items);
            if (results.size() != entries.size()) {
                throw new IllegalStateException("a group of " + entries.size() + " gave " + results.size() + " results");
            }
            for (int i = 0; i < entries.size(); i++) {
                entries.get(i).finish(results.get(i), null);
            }
        } catch (RuntimeException groupFailed) {
            for (Entry<I, O> e : entries) {
                if (entries.size() == 1) {
                    e.finish(null, groupFailed);
                    continue;
                }
                try {
                    e.finish(single.apply(e.item), null);
                } catch (RuntimeException failed) {
                    e.finish(null, failed);
                }
            }
        }
    }

    /**
     * Passes the writing to the caller at the head of the queue, or gives it up when nobody waits. A caller that queued
     * while the flag was still held is seen by the second look, after the flag is cleared, or takes the flag itself.
     */
    private void handOver() {
        Entry<I, O> next = queue.peek();
        if (next == null) {
            writing.set(false);
            next = queue.peek();
            if (next == null || !writing.compareAndSet(false, true)) {
                return;
            }
        }
        next.promote();
    }

    private enum State { WAITING, WRITER, DONE }

    private static final class Entry<I, O> {
        final I item;
        final Thread thread;
        volatile State state = State.WAITING;
        private O result;
        private Throwable failure;

        Entry(I item, Thread thread) {
            this.item = item;
            this.thread = thread;
        }

        void finish(O result, Throwable failure) {
            this.result = result;
            this.failure = failure;
            state = State.DONE;
            LockSupport.unpark(thread);
        }

        /** Makes this waiting caller the writer (it is still queued, so it writes its own item first). */
        void promote() {
            state = State.WRITER;
            LockSupport.unpark(thread);
        }

        O result() {
            if (failure instanceof RuntimeException r) {
                throw r;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
