package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.GitDaemon;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/** Separate JVM processes registering the same model at once lose no version, in one repository or through a remote. */
class ConcurrentProcessesTest {

    private static final int PROCESSES = 2;
    private static final int REGISTRATIONS = 15;
    /** Writers pushing to one remote; the reliability suite's 8 x 50 is left for later. */
    private static final int REMOTE_PROCESSES = 4;
    private static final int REMOTE_REGISTRATIONS = 10;
    private static final Pattern WAITS = Pattern.compile("waits-ms median=(\\d+) max=(\\d+)");

    @TempDir
    Path dir;

    @Test
    void twoProcessesRegisteringTheSameModelBothLand() throws Exception {
        Path registry = dir.resolve("registry");
        try (ModelRegistry init = new TestRegistries().open(registry)) {
            init.policy();
        }
        WriterProcesses writers = new WriterProcesses();
        for (int p = 0; p < PROCESSES; p++) {
            writers.start(dir.resolve("w" + p + ".log"), registry.toString(), "churn", Integer.toString(REGISTRATIONS),
                    "w" + p);
        }
        writers.awaitSuccess();
        assertAllLanded(registry, PROCESSES * REGISTRATIONS);
    }

    @Test
    void processesPushingToOneRemoteOverTheGitProtocolLoseNothing() throws Exception {
        Path served = dir.resolve("served");
        BareRemote.create(served.resolve("registry.git"));
        WriterProcesses writers = new WriterProcesses();
        try (GitDaemon daemon = GitDaemon.serve(served)) {
            for (int p = 0; p < REMOTE_PROCESSES; p++) {
                writers.start(dir.resolve("w" + p + ".log"), daemon.url("registry.git"), "churn",
                        Integer.toString(REMOTE_REGISTRATIONS), "w" + p, dir.resolve("cache-w" + p).toString());
            }
            writers.awaitSuccess();
        }
        assertAllLanded(served.resolve("registry.git"), REMOTE_PROCESSES * REMOTE_REGISTRATIONS);
        for (int p = 0; p < REMOTE_PROCESSES; p++) {
            Matcher waits = WAITS.matcher(Files.readString(dir.resolve("w" + p + ".log")));
            assertTrue(waits.find(), "writer w" + p + " finished all its registrations and reported its waits");
            System.out.println("writer w" + p + ": median " + waits.group(1) + " ms, longest " + waits.group(2) + " ms");
        }
    }

    /** Versions 0.0.1 to 0.0.{@code count} of churn, each with its own artifact, one commit each, and a sound repository. */
    private static void assertAllLanded(Path registry, int count) {
        try (ModelRegistry reader = new TestRegistries().open(registry)) {
            List<ModelCard> cards = reader.read(view -> view.cards(ModelName.of("churn")));
            assertEquals(count, cards.size());
            for (int i = 0; i < cards.size(); i++) {
                assertEquals("0.0." + (i + 1), cards.get(i).version().toString());
            }
            assertEquals(count, cards.stream().map(c -> c.artifact().sha256()).distinct().count());
        }
        GitCli git = new GitCli(registry);
        assertEquals(Integer.toString(count), git.run("rev-list", "--count", "main").strip());
        git.run("fsck", "--full", "--strict");
    }
}
