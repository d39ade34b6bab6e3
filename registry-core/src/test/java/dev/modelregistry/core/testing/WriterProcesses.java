package dev.modelregistry.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs {@link RegisterLoop} in separate JVM processes, as independent writers on other machines would. */
public final class WriterProcesses {

    private static final long LIMIT_SECONDS = 600;

    private final List<Process> processes = new ArrayList<>();
    private final Map<Process, Thread> copiers = new HashMap<>();
    private final Map<Process, Path> logs = new HashMap<>();
    private final List<String> jvmOptions;

    /** Writers started with {@code jvmOptions}, such as {@code -Dname=value}, before the class name. */
    public WriterProcesses(String... jvmOptions) {
        this.jvmOptions = List.of(jvmOptions);
    }

    /** Starts a writer with {@link RegisterLoop}'s {@code arguments}, its output going to {@code log}. */
    public Process start(Path log, String... arguments) {
        return start(RegisterLoop.class, log, arguments);
    }

    /** Starts the class {@code main} (such as {@link RegisterLoop}) with {@code arguments}, its output going to {@code log}. */
    public Process start(Class<?> main, Path log, String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(command(main, arguments));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        try {
            Process process = builder.start();
            processes.add(process);
            logs.put(process, log);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the class {@code main} with {@code arguments} and returns once it printed {@code line}; its output is
     * copied to {@code log} through a pipe. Fails the test if it ends before printing the line.
     */
    public Process startAndAwait(Class<?> main, String line, Path log, String... arguments) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(main, arguments)).redirectErrorStream(true);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.add(process);
        CountDownLatch printed = new CountDownLatch(1);
        Thread copier = new Thread(() -> copy(process, log, line, printed), "output of " + main.getSimpleName());
        copier.start();
        copiers.put(process, copier);
        while (!printed.await(100, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive()) {
                copier.join();
                if (printed.getCount() > 0) {
                    throw new AssertionError(main.getSimpleName() + " ended without printing " + line);
                }
            }
        }
        return process;
    }

    private static void copy(Process process, Path log, String line, CountDownLatch printed) {
        try (BufferedReader output = process.inputReader(); Writer copy = Files.newBufferedWriter(log)) {
            for (String read = output.readLine(); read != null; read = output.readLine()) {
                copy.write(read + "\n");
                copy.flush();
                if (read.equals(line)) {
                    printed.countDown();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills {@code process} with SIGKILL (on Linux and macOS), as {@code kill -9} or a crash would, unless it ended
     * on its own; a killed writer no longer counts for {@link #awaitSuccess}. Returns true when it was killed.
     */
    public boolean kill(Process process) throws InterruptedException {
        boolean alive = process.isAlive();
        process.toHandle().destroyForcibly(); // unlike Process.destroyForcibly, leaves its output to be read to the end
        process.waitFor();
        processes.remove(process);
        logs.remove(process);
        Thread copier = copiers.remove(process);
        if (copier != null) {
            copier.join();
        }
        return alive;
    }

    private List<String> command(Class<?> main, String... arguments) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * Waits until every writer started with {@link #start} has printed {@code line} into its log, such as
     * {@link RegisterLoop#READY}; fails the test if one ends before it did.
     */
    public void awaitPrinted(String line) throws InterruptedException {
        for (Map.Entry<Process, Path> writer : logs.entrySet()) {
            try {
                while (!Files.readAllLines(writer.getValue()).contains(line)) {
                    if (!writer.getKey().isAlive()) {
                        throw new AssertionError("a writer ended before it printed " + line + ": "
                                + Files.readString(writer.getValue()));
                    }
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Kills every process started here that still runs, as {@link #kill} does. */
    public void killAll() throws InterruptedException {
        for (Process process : List.copyOf(processes)) {
            kill(process);
        }
    }

    /** True while some writer is still running. */
    public boolean anyRunning() {
        return processes.stream().anyMatch(Process::isAlive);
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
