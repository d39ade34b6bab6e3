package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.testing.GitCli;

/**
 * Writes of one process that queue while another lands in one batch ({@link WriteQueue}): each is
 * its own commit, the branch moves once for all, and a failure or a lost race is handled as for a
 * single write.
 */
class WriteBatchTest {

    @TempDir
    Path dir;

    private final List<RegistryEvent> events = new CopyOnWriteArrayList<>();
    private final Map<Integer, Object> results = new ConcurrentHashMap<>();

    private RegistryRepository open(Path registry) {
        return RegistryRepository.openOrInit(registry, "main", RetryPolicy.DEFAULT, Clock.systemUTC(), events::add);
    }

    private static Actor writer(int i) {
        return new Actor("Writer " + i, "writer" + i + "@example.com");
    }

    private static CommitMessage message(String subject) {
        return CommitMessage.builder(subject).trailer(RegistryTrailers.REGISTRY_ACTION, "register").build();
    }

    private static WriteOperation<String> put(String path) {
        return head -> WritePlan.commit(path, new TreeEdits().put(path, bytes(path)), message("Put " + path));
    }

    private static WriteOperation<Integer> increment() {
        return head -> {
            int next = Integer.parseInt(new String(head.read(head.file("counter").orElseThrow()),
                    StandardCharsets.UTF_8)) + 1;
            return WritePlan.commit(next, new TreeEdits().put("counter", bytes(Integer.toString(next))),
                    message("Increment to " + next));
        };
    }

    @Test
    void writesQueuedWhileABatchLandsLandTogetherEachAsItsOwnCommitAndTheBranchMovesOnce() throws Exception {
        Path registry = dir.resolve("registry");
        GitCli git = new GitCli(registry);
        try (RegistryRepository repo = open(registry)) {
            repo.write("seed", writer(0), put("seed"));
            git.run("config", "core.logAllRefUpdates", "true");
            List<Thread> writers = whileATurnIsHeld(repo, 4, i -> put("files/" + i));
            joinAll(writers);
        }
        assertEquals(Set.of("files/1", "files/2", "files/3", "files/4"), Set.copyOf(results.values()));
        assertEquals("6", git.run("rev-list", "--count", "main").strip(), "the seed, the holder's and one commit each");
        assertEquals(List.of("model-registry: 4 commits, the last: Put files/" + lastFile(git), "model-registry: Put held"),
                git.run("reflog", "show", "--format=%gs", "main").lines().toList(),
                "the branch moved once for the four");
        Set<String> authors = new TreeSet<>(git.run("log", "--format=%an", "-4", "main").lines().toList());
        assertEquals(Set.of("Writer 1", "Writer 2", "Writer 3", "Writer 4"), authors);
        assertEquals(4, git.run("ls-tree", "--name-only", "main:files").lines().count());
        assertEquals(6, events.stream().filter(RegistryEvent.Committed.class::isInstance).count());
        git.run("fsck", "--full", "--strict");
    }

    private static String lastFile(GitCli git) {
        return git.run("log", "-1", "--format=%s", "main").strip().substring("Put files/".length());
    }

    @Test
    void aWriteThatFailsInABatchFailsAloneAndTheOthersLand() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = open(registry)) {
            repo.write("seed", writer(0), put("seed"));
            List<Thread> writers = whileATurnIsHeld(repo, 3, i -> i == 2 ? refused() : put("files/" + i));
            joinAll(writers);
        }
        RegistryUsageException refused = assertInstanceOf(RegistryUsageException.class, results.get(2));
        assertEquals("Writer 2's write is refused", refused.getMessage());
        assertEquals("files/1", results.get(1));
        assertEquals("files/3", results.get(3));
        GitCli git = new GitCli(registry);
        assertEquals("4", git.run("rev-list", "--count", "main").strip());
        assertEquals("files/1\nfiles/3", git.run("ls-tree", "-r", "--name-only", "main", "files").strip());
    }

    private static WriteOperation<String> refused() {
        return head -> {
            throw new RegistryUsageException(Input.NAME, "Writer 2's write is refused");
        };
    }

    @Test
    void aLostRaceRunsEveryWriteOfTheBatchAgainOnTheNewHead() throws Exception {
        Path registry = dir.resolve("registry");
        AtomicInteger plans = new AtomicInteger();
        AtomicBoolean raced = new AtomicBoolean();
        try (RegistryRepository repo = open(registry); RegistryRepository rival = open(registry)) {
            repo.write("seed", writer(0), head -> WritePlan.commit("0", new TreeEdits().put("counter", bytes("0")),
                    message("Seed")));
            List<Thread> writers = whileATurnIsHeld(repo, 3, i -> (WriteOperation<Integer>) head -> {
                plans.incrementAndGet();
                if (raced.compareAndSet(false, true)) {
                    rival.write("rival", writer(9), h -> WritePlan.commit("10",
                            new TreeEdits().put("counter", bytes("10")), message("Rival")));
                }
                return increment().plan(head);
            });
            joinAll(writers);
        }
        assertEquals(Set.of(11, 12, 13), Set.copyOf(results.values()));
        assertEquals(6, plans.get(), "each of the three planned twice: on the old head and on the rival's");
        assertEquals(3, events.stream().filter(e -> e instanceof RegistryEvent.Retrying r
                && r.cause().contains("another writer")).count());
        GitCli git = new GitCli(registry);
        assertEquals("13", git.run("show", "main:counter").strip());
        assertEquals("6", git.run("rev-list", "--count", "main").strip(), "seed, held, rival and the three");
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void aWriteInterruptedWhileQueuedFailsAndNeverLands() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = open(registry)) {
            repo.write("seed", writer(0), put("seed"));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = start(0, () -> repo.write("hold", writer(0), head -> {
                holding.countDown();
                await(release);
                return put("held").plan(head);
            }));
            await(holding);
            Thread queued = start(1, () -> repo.write("put", writer(1), put("files/1")));
            awaitQueued(List.of(queued));
            queued.interrupt();
            queued.join(TimeUnit.SECONDS.toMillis(20));
            release.countDown();
            holder.join(TimeUnit.SECONDS.toMillis(20));
        }
        RegistryInternalException interrupted = assertInstanceOf(RegistryInternalException.class, results.get(1));
        assertEquals("Interrupted while waiting to write put; nothing was written.", interrupted.getMessage());
        GitCli git = new GitCli(registry);
        assertEquals("2", git.run("rev-list", "--count", "main").strip());
        assertEquals("", git.run("ls-tree", "--name-only", "main", "files").strip());
    }

    @Test
    void aWriteStillQueuedAtItsDeadlineLandsAloneSoThatAnOperationJoiningItDoesNotHangForever() throws Exception {
        Path registry = dir.resolve("registry");
        RetryPolicy shortWait = new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(2),
                RetryPolicy.DEFAULT.staleLockAge());
        AtomicInteger plans = new AtomicInteger();
        try (RegistryRepository repo = RegistryRepository.openOrInit(registry, "main", shortWait, Clock.systemUTC(),
                events::add)) {
            repo.write("seed", writer(0), put("seed"));
            Thread outer = start(1, () -> repo.write("outer", writer(1), head -> {
                plans.incrementAndGet();
                Thread inner = start(2, () -> repo.write("inner", writer(2), put("inner")));
                try {
                    inner.join(TimeUnit.SECONDS.toMillis(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return put("outer").plan(head);
            }));
            outer.join(TimeUnit.SECONDS.toMillis(30));
            assertTrue(!outer.isAlive(), "the outer write waits for an inner one that waits for it");
        }
        assertEquals("inner", results.get(2), "queued past its deadline, it landed alone");
        RegistryInternalException gaveUp = assertInstanceOf(RegistryInternalException.class, results.get(1));
        assertTrue(gaveUp.getMessage().startsWith("Gave up on outer after 1 attempts"), gaveUp.getMessage());
        assertEquals(1, plans.get(), "its total wait was spent waiting for the inner write");
        GitCli git = new GitCli(registry);
        assertEquals("inner\nseed", git.run("ls-tree", "--name-only", "main").strip());
        assertEquals("2", git.run("rev-list", "--count", "main").strip());
    }

    /**
     * Holds the turn with a write whose plan waits, starts {@code count} writers (ids 1 to
     * {@code count}) with the operations {@code ops} gives, waits until all have queued and then
     * lets the held write land, so that the queued ones land in the batch after it.
     */
    private List<Thread> whileATurnIsHeld(RegistryRepository repo, int count, IntFunction<WriteOperation<?>> ops)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = start(0, () -> repo.write("hold", writer(0), head -> {
            holding.countDown();
            await(release);
            return WritePlan.commit("held", new TreeEdits().put("held", bytes("held")), message("Put held"));
        }));
        await(holding);
        List<Thread> writers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            WriteOperation<?> op = ops.apply(i);
            Actor actor = writer(i);
            writers.add(start(i, () -> repo.write("put", actor, op)));
        }
        awaitQueued(writers);
        release.countDown();
        holder.join(TimeUnit.SECONDS.toMillis(20));
        assertEquals("held", results.remove(0));
        return writers;
    }

    /** Runs {@code write} on a thread of its own, keeping its result or error under {@code id}. */
    private Thread start(int id, WriteCall write) {
        Thread thread = new Thread(() -> {
            try {
                results.put(id, write.call().result());
            } catch (RuntimeException e) {
                results.put(id, e);
            }
        }, "writer " + id);
        thread.setDaemon(true); // a writer stuck by a defect must not keep the test JVM alive
        thread.start();
        return thread;
    }

    /** A write on a thread of its own. */
    private interface WriteCall {
        WriteOutcome<?> call();
    }

    /** Waits until every thread of {@code writers} waits in the queue for the batch under way. */
    private static void awaitQueued(List<Thread> writers) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (Thread writer : writers) {
            while (writer.getState() != Thread.State.TIMED_WAITING) {
                assertTrue(System.nanoTime() < deadline && writer.isAlive(), writer.getName() + " never queued");
                Thread.yield();
            }
        }
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
            assertTrue(!thread.isAlive(), thread.getName() + " did not end");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(20, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
