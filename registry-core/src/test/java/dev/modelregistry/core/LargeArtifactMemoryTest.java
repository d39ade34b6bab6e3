package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.ArtifactFiles;
import dev.modelregistry.core.testing.StoreAndFetch;
import dev.modelregistry.core.testing.WebDavServer;

/**
 * Artifacts stream with bounded memory: a JVM with a 32 MiB heap stores, fetches and verifies a
 * 50 MiB model file, through the directory store and through an HTTP Maven repository.
 */
class LargeArtifactMemoryTest {

    private static final long SIZE = 50L * 1024 * 1024 + 7;

    @TempDir
    Path dir;

    @Test
    void aSmallHeapStoresFetchesAndVerifiesALargeFile() throws Exception {
        Path model = ArtifactFiles.generate(dir.resolve("model.onnx"), SIZE, 42);
        String sha = ArtifactFiles.sha256(model);

        runSmallHeap("directory", model);
        assertEquals(sha, ArtifactFiles.sha256(dir.resolve("directory/out.onnx")));

        try (WebDavServer server = WebDavServer.start(dir.resolve("served"), dir.resolve("tomcat"), "u", "p")) {
            runSmallHeap("http", model, server.repositoryUrl().toString(), "u", "p");
        }
        assertEquals(sha, ArtifactFiles.sha256(dir.resolve("http/out.onnx")));
        assertEquals(sha, ArtifactFiles.sha256(dir.resolve("served/models/churn/1.0.0/churn-1.0.0.onnx")));
    }

    private void runSmallHeap(String name, Path model, String... repository) throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx32m", "-cp", classpath, StoreAndFetch.class.getName(),
                work.resolve("registry").toString(), model.toString(), work.resolve("out.onnx").toString(),
                work.resolve("cache").toString()));
        command.addAll(List.of(repository));
        File log = work.resolve("child.log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> name + " child failed:\n" + read(log));
    }

    private static String read(File log) {
        try {
            return Files.readString(log.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
