package uk.send.platform.persistence;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTest {

    /** A fake store: records each group it was given; the first group may be held until the test lets it go. */
    private static final class Store {
        final List<List<Integer>> groups = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> singles = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstGroupMayFinish = new CountDownLatch(1);
        volatile boolean holdFirst;
        volatile Thread firstWriter;

        List<String> group(List<Integer> items) {
            if (groups.isEmpty() && holdFirst) {
                firstWriter = Thread.currentThread();
                try {
                    assertThat(firstGroupMayFinish.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            groups.add(List.copyOf(items));
            if (items.contains(-1)) {
                throw new IllegalStateException("a bad item in the group");
            }
            if (items.contains(-9)) {
                throw new Error("the writer fell over");
            }
            return items.stream().map(i -> "written " + i).toList();
        }

        String single(Integer item) {
            singles.add(item);
            if (item == -1) {
                throw new IllegalArgumentException("item -1 cannot be written");
            }
            return "written alone " + item;
        }
    }

    /**
     * Submits 0, holds its write until every one of {@code items} has been submitted by a caller of its own and that caller
     * is parked waiting, then lets it go: the items queued meanwhile are what the next transactions write.
     */
    private static Map<Integer, Future<String>> whileAWriteIsHeld(Store store, GroupCommit<Integer, String> commit, ExecutorService pool,
                                                                 List<Integer> items) {
        store.holdFirst = true;
        Map<Integer, Future<String>> results = new ConcurrentHashMap<>();
        results.put(0, pool.submit(() -> commit.submit(0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> store.firstWriter != null);
        List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
        for (int item : items) {
            results.put(item, pool.submit(() -> {
                waiting.add(Thread.currentThread());
                return commit.submit(item);
            }));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == items.size()
                && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        store.firstGroupMayFinish.countDown();
        return results;
    }

    @Test
    void shouldWriteALoneCallersItemAtOnceInAGroupOfItsOwn() {
        Store store = new Store();
        List<Integer> sizes = new ArrayList<>();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 10, sizes::add);

        assertThat(commit.submit(7)).isEqualTo("written 7");
        assertThat(commit.submit(8)).isEqualTo("written 8");
        assertThat(store.groups).containsExactly(List.of(7), List.of(8));
        assertThat(sizes).containsExactly(1, 1);
    }

    @Test
    void shouldWriteItemsSubmittedDuringAWriteTogetherEachCallerGettingItsOwnResult() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(21);
        try {
            List<Integer> others = IntStream.rangeClosed(1, 20).boxed().toList();
            Map<Integer, Future<String>> results = whileAWriteIsHeld(store, commit, pool, others);

            for (var e : results.entrySet()) {
                assertThat(e.getValue().get(10, TimeUnit.SECONDS)).isEqualTo("written " + e.getKey());
            }
            assertThat(store.groups).hasSize(2);
            assertThat(store.groups.get(0)).containsExactly(0);
            assertThat(store.groups.get(1)).containsExactlyInAnyOrderElementsOf(others);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNeverPutMoreThanMaxGroupItemsInOneTransaction() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 4, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try {
            Map<Integer, Future<String>> results = whileAWriteIsHeld(store, commit, pool, IntStream.rangeClosed(1, 10).boxed().toList());

            for (var e : results.entrySet()) {
                assertThat(e.getValue().get(10, TimeUnit.SECONDS)).isEqualTo("written " + e.getKey());
            }
            assertThat(store.groups).allSatisfy(g -> assertThat(g).hasSizeLessThanOrEqualTo(4));
            assertThat(store.groups.stream().mapToInt(List::size).sum()).isEqualTo(11);
            // 0 alone, then the ten waiting in groups of at most four: three more transactions, not ten
            assertThat(store.groups).hasSize(4);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWriteAFailedGroupAgainOneByOneSoThatOnlyTheBadItemsCallerFails() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<Integer, Future<String>> results = whileAWriteIsHeld(store, commit, pool, List.of(1, -1, 2));

            assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("written 0");
            assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo("written alone 1");
            assertThat(results.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("written alone 2");
            assertThatThrownBy(() -> results.get(-1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasRootCauseMessage("item -1 cannot be written");
            assertThat(store.singles).containsExactlyInAnyOrder(1, -1, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldGiveALoneCallerWhoseWriteFailedItsOwnFailureWithoutWritingItTwice() {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 10, n -> { });

        assertThatThrownBy(() -> commit.submit(-1)).isInstanceOf(IllegalStateException.class).hasMessage("a bad item in the group");
        assertThat(store.singles).isEmpty();
        // and the next caller still writes
        assertThat(commit.submit(3)).isEqualTo("written 3");
    }

    @Test
    void shouldLeaveNoCallerWaitingAndKeepWritingAfterAnErrorInAGroup() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<Integer, Future<String>> results = whileAWriteIsHeld(store, commit, pool, List.of(1, -9, 2));

            assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("written 0");
            for (int item : List.of(1, -9, 2)) {
                assertThatThrownBy(() -> results.get(item).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(Error.class)
                        .hasRootCauseMessage("the writer fell over");
            }
            // nobody holds the writing: the next caller writes
            assertThat(pool.submit(() -> commit.submit(3)).get(10, TimeUnit.SECONDS)).isEqualTo("written 3");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNotLetAFailingMetricFailAWriteThatCommitted() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> {
            throw new IllegalStateException("metrics registry is down");
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(pool.submit(() -> commit.submit(4)).get(10, TimeUnit.SECONDS)).isEqualTo("written 4");
            assertThat(pool.submit(() -> commit.submit(5)).get(10, TimeUnit.SECONDS)).isEqualTo("written 5");
            assertThat(store.singles).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLoseNoCallerUnderContention() throws Exception {
        Store store = new Store();
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 8, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                int item = i;
                results.add(pool.submit(() -> commit.submit(item)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("written " + i);
            }
            assertThat(store.groups.stream().mapToInt(List::size).sum()).isEqualTo(5_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
