package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * Separate JVM processes registering the same model at once in one repository lose no version,
 * and take turns rather than race.
 */
class ConcurrentProcessesTest {

    private static final int PROCESSES = 2;
    private static final int REGISTRATIONS = 15;

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
    void processesTakeTurnsSoNoWriteIsPlannedOnAHeadThatMovesUnderIt() throws Exception {
        Path registry = dir.resolve("registry");
        try (ModelRegistry init = new TestRegistries().open(registry)) {
            init.policy();
        }
        int processes = 4;
        WriterProcesses writers = new WriterProcesses();
        for (int p = 0; p < processes; p++) {
            writers.start(dir.resolve("w" + p + ".log"), registry.toString(), "churn", Integer.toString(REGISTRATIONS),
                    "w" + p);
        }
        writers.awaitSuccess();
        assertAllLanded(registry, processes * REGISTRATIONS);
        String unreachable = new GitCli(registry).run("fsck", "--unreachable", "--no-reflogs", "--no-progress");
        assertEquals(List.of(), unreachable.lines().filter(line -> line.startsWith("unreachable commit")).toList(),
                "a commit no ref reaches is an attempt that lost the race and ran again");
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
