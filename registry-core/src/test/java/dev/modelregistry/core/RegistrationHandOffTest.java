package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HostingRegistry;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Processes that register into one local registry hand their registrations to the one that
 * writes for it, and each still lands as its own commit by its own actor; when that process dies,
 * a registration it took lands exactly once.
 */
class RegistrationHandOffTest {

    @TempDir
    Path dir;
    private final WriterProcesses processes = new WriterProcesses();
    private final TestRegistries registries = new TestRegistries();

    @AfterEach
    void stopProcesses() throws InterruptedException {
        processes.killAll();
    }

    @Test
    void otherProcessesRegistrationsLandAsTheirOwnCommitsWrittenByTheHost() throws Exception {
        Path registry = dir.resolve("registry");
        try (ModelRegistry host = registries.open(registry)) {
            host.register(Samples.request("hosted", "host").build());
            WriterProcesses writers = new WriterProcesses();
            writers.start(dir.resolve("w0.log"), registry.toString(), "churn", "10", "w0");
            writers.start(dir.resolve("w1.log"), registry.toString(), "churn", "10", "w1");
            writers.awaitSuccess();
            assertEquals(20, handedOver());
        }
        GitCli git = new GitCli(registry);
        List<String> commits = git.run("log", "--format=%an <%ae>|%cn|%(trailers:key=Request-Id,valueonly,separator=)",
                "main", "--", "models/churn").lines().toList();
        assertEquals(20, commits.size());
        for (String writer : List.of("w0", "w1")) {
            assertEquals(10, commits.stream().filter(c -> c.startsWith("writer " + writer + " <" + writer
                    + "@example.com>|writer " + writer + "|")).count(), "author and committer of " + writer);
        }
        assertEquals(20, commits.stream().map(c -> c.substring(c.lastIndexOf('|') + 1)).filter(id -> !id.isEmpty())
                .distinct().count(), "every handed registration records its own request id");
        assertEquals("21", git.run("rev-list", "--count", "main").strip());
        git.run("fsck", "--full", "--strict");
        assertFalse(Files.exists(registry.resolve("model-registry/write-service.sock")),
                "a host that closed stops listening");
    }

    @Test
    void aClosingHostServesOnWhileOthersKeepHandingOver() throws Exception {
        Path registry = dir.resolve("registry");
        WriterProcesses writers = new WriterProcesses();
        CountDownLatch firstTaken = new CountDownLatch(1);
        RegistryOptions options = registries.options().withListener(event -> {
            registries.events.add(event);
            if (event instanceof RegistryEvent.WritingHandedOver) {
                firstTaken.countDown();
            }
        });
        long handedBeforeClose;
        try (ModelRegistry host = ModelRegistry.openOrInit(registry, options)) {
            host.register(Samples.request("hosted", "host").build());
            writers.start(dir.resolve("w0.log"), registry.toString(), "churn", "40", "w0");
            assertTrue(firstTaken.await(60, TimeUnit.SECONDS), "the writer handed a registration over");
            handedBeforeClose = handedOver();
        }
        writers.awaitSuccess();
        assertTrue(handedOver() > handedBeforeClose, "the host took registrations after close() was called: "
                + handedBeforeClose + " before, " + handedOver() + " in all");
        GitCli git = new GitCli(registry);
        assertEquals(handedOver(), git.run("log", "--format=%(trailers:key=Request-Id,valueonly,separator=)", "main")
                .lines().filter(id -> !id.isEmpty()).count());
        assertEquals("41", git.run("rev-list", "--count", "main").strip());
    }

    private long handedOver() {
        return registries.events.stream().filter(RegistryEvent.WritingHandedOver.class::isInstance).count();
    }

    @Test
    void aRegistrationWhoseHostDiedAfterLandingItIsFoundNotRepeated() throws Exception {
        Path registry = dir.resolve("registry");
        Process host = processes.startAndAwait(HostingRegistry.class, HostingRegistry.HOSTING, dir.resolve("host.log"),
                registry.toString(), "die-after-commit");
        RegistrationResult result;
        try (ModelRegistry requester = registries.open(registry)) {
            result = requester.register(Samples.request("churn", "a").build());
        }
        assertEquals(3, host.waitFor(), "the host died right after the commit landed");
        String requestId = registries.events.stream().filter(RegistryEvent.HandedOver.class::isInstance)
                .map(event -> ((RegistryEvent.HandedOver) event).requestId()).findFirst().orElseThrow();
        GitCli git = new GitCli(registry);
        assertTrue(result.created());
        assertEquals("0.0.1", result.card().version().toString());
        assertEquals(git.run("rev-parse", "main").strip(), result.commitId().orElseThrow());
        assertEquals("Alice Analyst|" + requestId, git.run("log", "-1",
                "--format=%an|%(trailers:key=Request-Id,valueonly,separator=)", "main").strip());
        assertEquals("2", git.run("rev-list", "--count", "main").strip(), "the registration landed once");
    }

    @Test
    void aRegistrationWhoseHostDiedBeforeWritingItIsWrittenByTheRequester() throws Exception {
        Path registry = dir.resolve("registry");
        Process host = processes.start(HostingRegistry.class, dir.resolve("host.log"), registry.toString(),
                "die-on-take");
        processes.awaitPrinted(HostingRegistry.HOSTING);
        try (ModelRegistry requester = registries.open(registry)) {
            CompletableFuture<RegistrationResult> registering = CompletableFuture.supplyAsync(
                    () -> requester.register(Samples.request("churn", "a").build()));
            processes.awaitPrinted(HostingRegistry.TOOK);
            assertFalse(registering.isDone(), "the host took the registration and has not answered");
            processes.kill(host);
            RegistrationResult result = registering.get(60, TimeUnit.SECONDS);
            assertTrue(result.created());
            assertEquals("0.0.1", result.card().version().toString());
        }
        GitCli git = new GitCli(registry);
        assertEquals("Alice Analyst|", git.run("log", "-1",
                "--format=%an|%(trailers:key=Request-Id,valueonly,separator=)", "main").strip(),
                "the requester wrote it itself, as its own commit");
        assertEquals("2", git.run("rev-list", "--count", "main").strip(), "the registration landed once");
    }

    @Test
    void aRegistryWhosePathIsTooLongForASocketIsServedThroughTheTemporaryDirectory() throws Exception {
        Path registry = dir.resolve("a-directory-name-long-enough-that-the-socket-path-in-the-git-directory"
                + "-would-not-fit").resolve("registry");
        try (ModelRegistry host = registries.open(registry)) {
            host.register(Samples.request("hosted", "host").build());
            WriterProcesses writers = new WriterProcesses();
            writers.start(dir.resolve("w0.log"), registry.toString(), "churn", "3", "w0");
            writers.awaitSuccess();
        }
        assertEquals(3, handedOver());
        assertEquals(3, new GitCli(registry).run("log", "--format=%(trailers:key=Request-Id,valueonly,separator=)",
                "main").lines().filter(id -> !id.isEmpty()).count());
    }

    @Test
    void anotherRegistryOfTheHostsProcessClosingLeavesTheHostServing() throws Exception {
        Path registry = dir.resolve("registry");
        try (ModelRegistry host = registries.open(registry)) {
            host.register(Samples.request("hosted", "host").build());
            try (ModelRegistry sameProcess = registries.open(registry)) {
                sameProcess.register(Samples.request("churn", "same process").build());
            }
            WriterProcesses writers = new WriterProcesses();
            writers.start(dir.resolve("w0.log"), registry.toString(), "churn", "3", "w0");
            writers.awaitSuccess();
            assertEquals(3, handedOver(), "the host still holds its lock and serves");
        }
    }

    @Test
    void registriesOfOneProcessTakeTurnsAndHandNothingToEachOther() {
        Path registry = dir.resolve("registry");
        try (ModelRegistry first = registries.open(registry); ModelRegistry second = registries.open(registry)) {
            first.register(Samples.request("churn", "a").build());
            second.register(Samples.request("churn", "b").build());
            first.register(Samples.request("churn", "c").build());
        }
        assertEquals(List.of(), registries.events.stream().filter(event -> event instanceof RegistryEvent.HandedOver
                || event instanceof RegistryEvent.WritingHandedOver).toList());
        assertEquals("", new GitCli(registry).run("log", "--format=%(trailers:key=Request-Id,valueonly,separator=)",
                "main").strip());
    }
}
