package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link RegisterLoop} in separate JVM processes, as independent writers on other machines would. */
public final class WriterProcesses {

    private static final long LIMIT_SECONDS = 240;

    private final List<Process> processes = new ArrayList<>();

    /** Starts a writer with {@link RegisterLoop}'s {@code arguments}, its output going to {@code log}. */
    public void start(Path log, String... arguments) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, RegisterLoop.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        try {
            processes.add(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for every writer, failing the test if one fails or is still running after the limit. */
    public void awaitSuccess() throws InterruptedException {
        for (Process process : processes) {
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("a writer process did not finish within " + LIMIT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("a writer process failed with exit code " + process.exitValue());
            }
        }
    }
}
