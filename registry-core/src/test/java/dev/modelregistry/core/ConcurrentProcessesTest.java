package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.RegisterLoop;
import dev.modelregistry.core.testing.TestRegistries;

/** Separate JVM processes registering the same model at once lose no version. */
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
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(start(registry, "w" + p));
        }
        for (Process process : processes) {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("a writer process did not finish within 120 s");
            }
            assertEquals(0, process.exitValue(), "a writer process failed");
        }
        try (ModelRegistry reader = new TestRegistries().open(registry)) {
            List<ModelCard> cards = reader.read(view -> view.cards(ModelName.of("churn")));
            assertEquals(PROCESSES * REGISTRATIONS, cards.size());
            for (int i = 0; i < cards.size(); i++) {
                assertEquals("0.0." + (i + 1), cards.get(i).version().toString());
            }
            assertEquals(PROCESSES * REGISTRATIONS, cards.stream().map(c -> c.artifact().sha256()).distinct().count());
        }
        GitCli git = new GitCli(registry);
        assertEquals(Integer.toString(PROCESSES * REGISTRATIONS), git.run("rev-list", "--count", "main").strip());
        git.run("fsck", "--full", "--strict");
    }

    private static Process start(Path registry, String writer) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, RegisterLoop.class.getName(),
                registry.toString(), "churn", Integer.toString(REGISTRATIONS), writer);
        builder.redirectErrorStream(true);
        builder.redirectOutput(new File(registry.getParent().toFile(), writer + ".log"));
        return builder.start();
    }
}
