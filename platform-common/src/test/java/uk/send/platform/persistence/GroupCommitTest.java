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
import java.util.function.Function;

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
        store.holdFirst = true;
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(21);
        try {
            Future<String> first = pool.submit(() -> commit.submit(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> store.firstWriter != null);
            Map<Integer, Future<String>> others = new ConcurrentHashMap<>();
            List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
            for (int i = 1; i <= 20; i++) {
                int item = i;
                others.put(item, pool.submit(() -> {
                    waiting.add(Thread.currentThread());
                    return commit.submit(item);
                }));
            }
            // every other caller has queued its item and is parked, waiting for the write in progress
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 20
                    && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            store.firstGroupMayFinish.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("written 0");
            for (var e : others.entrySet()) {
                assertThat(e.getValue().get(10, TimeUnit.SECONDS)).isEqualTo("written " + e.getKey());
            }
            assertThat(store.groups).hasSize(2);
            assertThat(store.groups.get(0)).containsExactly(0);
            assertThat(store.groups.get(1)).containsExactlyInAnyOrderElementsOf(others.keySet());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNeverPutMoreThanMaxGroupItemsInOneTransaction() throws Exception {
        Store store = new Store();
        store.holdFirst = true;
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 4, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try {
            Future<String> first = pool.submit(() -> commit.submit(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> store.firstWriter != null);
            List<Future<String>> others = new ArrayList<>();
            List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
            for (int i = 1; i <= 10; i++) {
                int item = i;
                others.add(pool.submit(() -> {
                    waiting.add(Thread.currentThread());
                    return commit.submit(item);
                }));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 10
                    && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            store.firstGroupMayFinish.countDown();

            first.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < others.size(); i++) {
                assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("written " + (i + 1));
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
        store.holdFirst = true;
        GroupCommit<Integer, String> commit = new GroupCommit<>(store::group, store::single, 64, n -> { });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<String> first = pool.submit(() -> commit.submit(0));
            await().atMost(Duration.ofSeconds(10)).until(() -> store.firstWriter != null);
            List<Thread> waiting = Collections.synchronizedList(new ArrayList<>());
            Function<Integer, Future<String>> submit = item -> pool.submit(() -> {
                waiting.add(Thread.currentThread());
                return commit.submit(item);
            });
            Future<String> a = submit.apply(1);
            Future<String> bad = submit.apply(-1);
            Future<String> b = submit.apply(2);
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting.size() == 3
                    && waiting.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
            store.firstGroupMayFinish.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("written 0");
            assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("written alone 1");
            assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("written alone 2");
            assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
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
