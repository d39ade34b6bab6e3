package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.testing.GitCli;

class RegistryRepositoryTest {

    private static final Actor ALICE = new Actor("Alice Analyst", "alice@example.com");

    @TempDir
    Path dir;

    private final List<RegistryEvent> events = new ArrayList<>();

    private RegistryRepository openOrInit(Path path) {
        return RegistryRepository.openOrInit(path, "main", RetryPolicy.DEFAULT, Clock.systemUTC(), events::add);
    }

    private static CommitMessage message(String subject) {
        return CommitMessage.builder(subject)
                .trailer(RegistryTrailers.REGISTRY_ACTION, "register")
                .trailer(RegistryTrailers.MODEL, "churn")
                .trailer(RegistryTrailers.STAGE, "production")
                .build();
    }

    private static WriteOperation<String> put(String path, String content) {
        return head -> WritePlan.commit("done",
                new TreeEdits().put(path, content.getBytes(StandardCharsets.UTF_8)), message("Put " + path));
    }

    private static String readFile(RegistryRepository repo, String path) {
        return repo.read(s -> s.file(path).map(f -> new String(s.read(f), StandardCharsets.UTF_8)).orElse(null));
    }

    @Test
    void aDirectoryIsFoundIgnoringCaseByBytesAndByTheLowerCaseOfOtherNames() {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            for (String name : List.of("ChurnEU", "churn-eu", "fraud", "\u212Aiwi", "Zeta")) {
                repo.write("put", ALICE, put("models/" + name + "/model.yaml", "a: 1\n"));
            }
            repo.write("put", ALICE, put("models/file-not-dir", "a: 1\n"));
            assertEquals(java.util.Optional.of("ChurnEU"), repo.read(s -> s.directoryIgnoringCase("models", "churneu")));
            assertEquals(java.util.Optional.of("churn-eu"), repo.read(s -> s.directoryIgnoringCase("models", "churn-eu")));
            assertEquals(java.util.Optional.of("Zeta"), repo.read(s -> s.directoryIgnoringCase("models", "zeta")));
            assertEquals(java.util.Optional.of("\u212Aiwi"), repo.read(s -> s.directoryIgnoringCase("models", "kiwi")),
                    "the Kelvin sign lower-cases to k");
            assertEquals(java.util.Optional.empty(), repo.read(s -> s.directoryIgnoringCase("models", "churn")));
            assertEquals(java.util.Optional.empty(), repo.read(s -> s.directoryIgnoringCase("models", "file-not-dir")));
            assertEquals(java.util.Optional.empty(), repo.read(s -> s.directoryIgnoringCase("nowhere", "zeta")));
        }
    }

    @Test
    void eachWriteIsOneCommitWithTrailersThatGitReads() {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            WriteOutcome<String> first = repo.write("put", ALICE, put("models/churn/model.yaml", "a: 1\n"));
            WriteOutcome<String> second = repo.write("put", ALICE, put("models/churn/1.0.0/card.yaml", "b: 2\n"));
            assertTrue(first.commitId().isPresent());
            assertEquals("a: 1\n", readFile(repo, "models/churn/model.yaml"));
            assertEquals("b: 2\n", readFile(repo, "models/churn/1.0.0/card.yaml"));
            assertEquals(List.of("1.0.0"), repo.read(s -> s.directories("models/churn")));
            assertEquals(second.commitId().orElseThrow(), repo.read(s -> s.commit().orElseThrow().name()));
        }
        GitCli git = new GitCli(registry);
        assertEquals("2", git.run("rev-list", "--count", "main").strip());
        assertEquals("Registry-Action: register\nModel: churn\nStage: production\n",
                git.run("log", "-1", "--format=%(trailers)", "main").strip() + "\n");
        assertEquals("2", git.run("log", "-E", "--grep=^Stage: production$", "--format=%H", "main").lines().count() + "");
        assertEquals("Alice Analyst <alice@example.com>", git.run("log", "-1", "--format=%an <%ae>", "main").strip());
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void theCommittedEventIsToldAfterTheTurnSoThatAnotherWriterCanWriteMeanwhile() throws Exception {
        Path registry = dir.resolve("registry");
        AtomicReference<RegistryRepository> opened = new AtomicReference<>();
        AtomicReference<Thread> other = new AtomicReference<>();
        RegistryListener startsAnotherWriter = event -> {
            if (event instanceof RegistryEvent.Committed && other.get() == null) {
                Thread writer = new Thread(() -> opened.get().write("put", ALICE, put("models/fraud/model.yaml", "b: 2\n")));
                other.set(writer);
                writer.start();
                try {
                    writer.join(Duration.ofSeconds(20).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (RegistryRepository repo = RegistryRepository.openOrInit(registry, "main", RetryPolicy.DEFAULT,
                Clock.systemUTC(), startsAnotherWriter)) {
            opened.set(repo);
            repo.write("put", ALICE, put("models/churn/model.yaml", "a: 1\n"));
            assertFalse(other.get().isAlive(), "the other writer waited for a turn that the listener held");
            assertEquals("b: 2\n", readFile(repo, "models/fraud/model.yaml"));
        }
        assertEquals("2", new GitCli(registry).run("rev-list", "--count", "main").strip());
    }

    @Test
    void theFilesForObjectsAreCreatedBeforeTheTurnAndNoneIsLeftAfterClose() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("put", ALICE, put("models/churn/1.0.0/card.yaml", "a: 1\n"));
            assertEquals(List.of(), filesAhead(registry), "a blob, four trees and a commit: the six reserved");
            repo.write("put", ALICE, put("models/churn/1.0.0/notes.yaml", "a: 1\n"));
            assertEquals(1, filesAhead(registry).size(), "the blob was there already: one file waits for the next write");
        }
        assertEquals(List.of(), filesAhead(registry));
        try (java.util.stream.Stream<Path> files = Files.list(registry.resolve("model-registry"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString()
                    .startsWith(BranchWriter.BRANCH_FILE_PREFIX)).toList(), "nor any file for the branch");
        }
        new GitCli(registry).run("fsck", "--full", "--strict");
    }

    private static List<Path> filesAhead(Path registry) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(registry.resolve("objects"))) {
            return files.filter(file -> file.getFileName().toString().startsWith(BranchWriter.OBJECT_FILE_PREFIX)).toList();
        }
    }

    @Test
    void aWriteThatFindsAnObjectMissingRunsOnceMoreAndThenFails() {
        Path registry = dir.resolve("registry");
        MissingObjectException missing = new MissingObjectException(ObjectId.zeroId(), Constants.OBJ_BLOB);
        try (RegistryRepository repo = openOrInit(registry)) {
            AtomicInteger plans = new AtomicInteger();
            WriteOutcome<String> landed = repo.write("put", ALICE, head -> {
                if (plans.incrementAndGet() == 1) {
                    throw new RegistryInternalException("Cannot read 'a.yaml'", missing);
                }
                return put("a.yaml", "x").plan(head);
            });
            assertTrue(landed.commitId().isPresent());
            assertEquals(2, plans.get());
            assertTrue(events.stream().anyMatch(e -> e instanceof RegistryEvent.Retrying retry
                    && retry.cause().contains("an object was missing")), events.toString());
            AtomicInteger failing = new AtomicInteger();
            RegistryInternalException e = assertThrows(RegistryInternalException.class, () -> repo.write("put", ALICE,
                    head -> {
                        failing.incrementAndGet();
                        throw new RegistryInternalException("Cannot read 'b.yaml'", missing);
                    }));
            assertEquals("Cannot read 'b.yaml'", e.getMessage());
            assertEquals(2, failing.get(), "one more attempt, not a loop");
            assertEquals(landed.commitId().orElseThrow(), repo.read(s -> s.commit().orElseThrow().name()));
        }
    }

    @Test
    void anUnchangedPlanMakesNoCommit() {
        try (RegistryRepository repo = openOrInit(dir.resolve("r"))) {
            repo.write("put", ALICE, put("a/b.yaml", "x"));
            WriteOutcome<String> outcome = repo.write("noop", ALICE, head -> WritePlan.unchanged("same"));
            assertEquals("same", outcome.result());
            assertTrue(outcome.commitId().isEmpty());
        }
        assertEquals("1", new GitCli(dir.resolve("r")).run("rev-list", "--count", "main").strip());
    }

    @Test
    void untouchedSubtreesKeepTheirIdsAndDeletesRemoveEmptyDirectories() {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("seed", ALICE, head -> WritePlan.commit("", new TreeEdits()
                    .put("models/a/1.0.0/card.yaml", bytes("a"))
                    .put("models/b/1.0.0/card.yaml", bytes("b"))
                    .put("models/b/2.0.0/card.yaml", bytes("b2"))
                    .put("registry.yaml", bytes("r")), message("Seed")));
        }
        GitCli git = new GitCli(registry);
        String treeOfA = git.run("rev-parse", "main:models/a").strip();
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("delete", ALICE, head -> WritePlan.commit("", new TreeEdits()
                    .delete("models/b/1.0.0")
                    .put("models/c/1.0.0/card.yaml", bytes("c")), message("Edit")));
            assertEquals(treeOfA, git.run("rev-parse", "main:models/a").strip());
            assertEquals("models/a/1.0.0/card.yaml\nmodels/b/2.0.0/card.yaml\nmodels/c/1.0.0/card.yaml\nregistry.yaml\n",
                    git.run("ls-tree", "-r", "--name-only", "main"));
            repo.write("delete", ALICE, head -> WritePlan.commit("", new TreeEdits().delete("models/b/2.0.0/card.yaml"),
                    message("Remove b")));
            assertFalse(repo.<Boolean>read(s -> s.isDirectory("models/b")));
        }
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void aLostRaceRunsTheWholeOperationAgainOnTheNewHead() {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry); RegistryRepository rival = openOrInit(registry)) {
            repo.write("seed", ALICE, put("counter", "0"));
            AtomicInteger runs = new AtomicInteger();
            WriteOutcome<String> outcome = repo.write("increment", ALICE, head -> {
                if (runs.incrementAndGet() == 1) {
                    rival.write("rival", ALICE, put("counter", "10"));
                }
                String current = new String(head.read(head.file("counter").orElseThrow()), StandardCharsets.UTF_8);
                String next = Integer.toString(Integer.parseInt(current) + 1);
                return WritePlan.commit(next, new TreeEdits().put("counter", bytes(next)), message("Increment"));
            });
            assertEquals(2, runs.get());
            assertEquals("11", outcome.result());
            assertEquals("11", readFile(repo, "counter"));
            assertTrue(events.stream().anyMatch(e -> e instanceof RegistryEvent.Retrying r
                    && r.cause().contains("another writer")));
        }
        assertEquals("3", new GitCli(registry).run("rev-list", "--count", "main").strip());
    }

    @Test
    void aStaleLockFromADeadProcessIsRemovedAndReported() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("seed", ALICE, put("a", "1"));
            Path lock = registry.resolve("refs/heads/main.lock");
            Files.writeString(lock, "0000000000000000000000000000000000000000\n");
            Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
            repo.write("put", ALICE, put("a", "2"));
            assertEquals("2", readFile(repo, "a"));
            assertFalse(Files.exists(lock));
            assertTrue(events.stream().anyMatch(e -> e instanceof RegistryEvent.StaleLockRemoved s
                    && s.lockFile().equals(lock)));
        }
    }

    @Test
    void aLiveLockIsNeverTakenAndTheWriteGivesUpWithoutMovingTheBranch() throws Exception {
        Path registry = dir.resolve("registry");
        RetryPolicy impatient = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(200),
                Duration.ofMinutes(10));
        try (RegistryRepository seed = openOrInit(registry)) {
            seed.write("seed", ALICE, put("a", "1"));
        }
        String before = new GitCli(registry).run("rev-parse", "main");
        Path lock = registry.resolve("refs/heads/main.lock");
        Files.writeString(lock, "held\n");
        try (RegistryRepository repo = RegistryRepository.open(registry, "main", impatient, Clock.systemUTC(),
                events::add)) {
            RegistryInternalException error = assertThrows(RegistryInternalException.class,
                    () -> repo.write("put", ALICE, put("a", "2")));
            assertTrue(error.getMessage().contains("locked by another writer"), error.getMessage());
        }
        assertTrue(Files.exists(lock));
        assertEquals(before, new GitCli(registry).run("rev-parse", "main"));
    }

    @Test
    void aLockIsJudgedByTheWallClockNotByTheCallersClock() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository seed = openOrInit(registry)) {
            seed.write("seed", ALICE, put("a", "1"));
        }
        Path lock = registry.resolve("refs/heads/main.lock");
        Files.writeString(lock, "held\n");
        RetryPolicy impatient = new RetryPolicy(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(200),
                Duration.ofSeconds(10));
        Clock anHourAhead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (RegistryRepository repo = RegistryRepository.open(registry, "main", impatient, anHourAhead, events::add)) {
            assertThrows(RegistryInternalException.class, () -> repo.write("put", ALICE, put("a", "2")));
        }
        assertTrue(Files.exists(lock), "a fresh lock must survive a caller clock that runs ahead");
        assertTrue(events.stream().noneMatch(e -> e instanceof RegistryEvent.StaleLockRemoved));
    }

    @Test
    void entriesWhoseNamesAreNotUtf8PassThroughUntouched() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("seed", ALICE, put("models/a/card.yaml", "a"));
        }
        GitCli git = new GitCli(registry);
        String blob = git.runWithInput(bytes("x"), "hash-object", "-w", "--stdin").strip();
        java.io.ByteArrayOutputStream listing = new java.io.ByteArrayOutputStream();
        listing.writeBytes(bytes(git.run("ls-tree", "main")));
        listing.writeBytes(bytes("100644 blob " + blob + "\tcaf"));
        listing.write(0xE9);
        listing.writeBytes(bytes(".txt\n"));
        String tree = git.runWithInput(listing.toByteArray(), "mktree").strip();
        String commit = git.withEnvironment("GIT_AUTHOR_NAME", "Bob").withEnvironment("GIT_AUTHOR_EMAIL", "b@x")
                .withEnvironment("GIT_COMMITTER_NAME", "Bob").withEnvironment("GIT_COMMITTER_EMAIL", "b@x")
                .run("commit-tree", tree, "-p", "main", "-m", "a Latin-1 file name").strip();
        git.run("update-ref", "refs/heads/main", commit);
        String before = git.run("-c", "core.quotepath=true", "ls-tree", "--name-only", "main");
        assertTrue(before.contains("caf\\351.txt"), before);
        try (RegistryRepository repo = openOrInit(registry)) {
            repo.write("put", ALICE, put("models/b/card.yaml", "b"));
        }
        assertEquals(before, git.run("-c", "core.quotepath=true", "ls-tree", "--name-only", "main"));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void opensANonBareRepositoryAndRefusesADirectoryThatIsNotOne() throws Exception {
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        new ProcessBuilder("git", "init", "-q", "-b", "main", work.toString()).start().waitFor();
        try (RegistryRepository repo = RegistryRepository.open(work, "main", RetryPolicy.DEFAULT, Clock.systemUTC(),
                events::add)) {
            repo.write("put", ALICE, put("registry.yaml", "x"));
            assertEquals("x", readFile(repo, "registry.yaml"));
        }
        Path junk = dir.resolve("junk");
        Files.createDirectories(junk);
        Files.writeString(junk.resolve("file.txt"), "hello");
        RegistryUsageException error = assertThrows(RegistryUsageException.class, () -> openOrInit(junk));
        assertTrue(error.getMessage().contains("holds other files, and it is not a Git repository"),
                error.getMessage());
        Path withCache = dir.resolve("with-cache");
        Files.createDirectories(withCache.resolve("cache").resolve("sha256"));
        Files.createDirectories(withCache.resolve("remotes"));
        try (RegistryRepository repo = openOrInit(withCache)) {
            repo.write("put", ALICE, put("a", "1"));
        }
        assertEquals("1", new GitCli(withCache).run("rev-list", "--count", "main").strip());
        assertThrows(RegistryUsageException.class, () -> RegistryRepository.open(dir.resolve("missing"), "main",
                RetryPolicy.DEFAULT, Clock.systemUTC(), events::add));
    }

    @Test
    void processesCreatingARegistryAtOnceAllOpenTheOneThatLandsWholeAndLeaveNothingBesideIt() throws Exception {
        Path registry = dir.resolve("parent/registry");
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try (RegistryRepository repo = openOrInit(registry)) {
                    repo.write("put", ALICE, put("files/" + Thread.currentThread().getName(), "x"));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals("4", new GitCli(registry).run("rev-list", "--count", "main").strip());
        try (var beside = Files.list(registry.getParent())) {
            assertEquals(List.of(registry), beside.toList(), "a registry is made aside and renamed into place whole");
        }
    }

    @Test
    void threadsWritingAtOnceLoseNothing() throws Exception {
        Path registry = dir.resolve("registry");
        try (RegistryRepository repo = openOrInit(registry)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 10; i++) {
                        repo.write("put", ALICE, put("files/" + id + "-" + i, "x"));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        GitCli git = new GitCli(registry);
        assertEquals("40", git.run("rev-list", "--count", "main").strip());
        assertEquals(40, git.run("ls-tree", "--name-only", "main:files").lines().count());
        git.run("fsck", "--full", "--strict");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
