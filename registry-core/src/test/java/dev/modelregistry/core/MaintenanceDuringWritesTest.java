package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.StressScale;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

/**
 * The registry's maintenance (garbage collection, commit-graph, history index), run again and
 * again while writers in other processes register, loses nothing: every version lands, the
 * repository stays sound, and the history still lists every registration.
 */
class MaintenanceDuringWritesTest {

    private static final int PROCESSES = 2;
    private static final int REGISTRATIONS = StressScale.count(15, 100);

    @TempDir
    Path dir;

    @Test
    void maintenanceWhileOtherProcessesRegisterLosesNothing() throws Exception {
        Path registry = dir.resolve("registry");
        int count = PROCESSES * REGISTRATIONS;
        try (ModelRegistry maintainer = new TestRegistries().open(registry)) {
            maintainer.policy();
            WriterProcesses writers = new WriterProcesses();
            for (int p = 0; p < PROCESSES; p++) {
                writers.start(dir.resolve("w" + p + ".log"), registry.toString(), "churn",
                        Integer.toString(REGISTRATIONS), "w" + p);
            }
            int runs = 0;
            while (writers.anyRunning()) {
                maintainer.maintain();
                runs++;
            }
            awaitWriters(writers);
            MaintenanceResult last = maintainer.maintain();
            System.out.println("maintenance ran " + (runs + 1) + " times during and after " + count + " registrations");

            List<ModelCard> cards = maintainer.read(view -> view.cards(ModelName.of("churn")));
            assertEquals(count, cards.size());
            for (int i = 0; i < cards.size(); i++) {
                assertEquals("0.0." + (i + 1), cards.get(i).version().toString());
            }
            assertEquals(count, cards.stream().map(c -> c.artifact().sha256()).distinct().count());
            List<AuditEvent> history = maintainer.history(HistoryQuery.forModel(ModelName.of("churn")));
            assertEquals(count, history.size());
            assertTrue(history.stream().allMatch(e -> e.action().equals(java.util.Optional.of(RegistryAction.REGISTER))));
            assertEquals(count, last.commitGraphCommits());
            assertEquals(count, last.indexedCommits());
        }
        GitCli git = new GitCli(registry);
        assertEquals(Integer.toString(count), git.run("rev-list", "--count", "main").strip());
        git.run("fsck", "--full", "--strict");
        git.run("commit-graph", "verify");
        assertTrue(Files.exists(registry.resolve("objects/info/commit-graph")));
        assertEquals(git.run("log", "--format=%H", "main", "--", "models/churn/"),
                git.run("-c", "core.commitGraph=false", "log", "--format=%H", "main", "--", "models/churn/"),
                "git reads the same history with the commit-graph's Bloom filters as without");
    }

    /** Waits for the writers; when one failed, shows what it printed. */
    private void awaitWriters(WriterProcesses writers) throws Exception {
        try {
            writers.awaitSuccess();
        } catch (AssertionError e) {
            for (int p = 0; p < PROCESSES; p++) {
                System.out.println("writer w" + p + ":\n" + Files.readString(dir.resolve("w" + p + ".log")));
            }
            throw e;
        }
    }
}
