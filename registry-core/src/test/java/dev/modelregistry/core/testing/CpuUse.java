package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * What a writer process spent of the machine's processors: all its threads' CPU time, the time its
 * JIT compilers spent compiling, and the CPU time of the thread that registers, in milliseconds.
 * A {@link RegisterLoop} prints what its timed registrations spent as one {@link #PREFIX} line, so
 * that a benchmark can tell registering from compiling when several JVMs share a few cores.
 *
 * @param processMs the CPU time of all the process's threads
 * @param compilingMs the time the JIT compilers spent compiling (their elapsed time, as the JVM counts it)
 * @param registeringMs the CPU time of the registering thread
 */
public record CpuUse(long processMs, long compilingMs, long registeringMs) {

    /** What starts the line that {@link #line} makes. */
    public static final String PREFIX = "cpu-ms ";

    /** What this process and the calling thread have spent so far. */
    public static CpuUse now() {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuUse(system.getProcessCpuTime() / 1_000_000,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
    }

    /** What was spent between {@code before} and this. */
    public CpuUse since(CpuUse before) {
        return new CpuUse(processMs - before.processMs, compilingMs - before.compilingMs, registeringMs - before.registeringMs);
    }

    /** This as the line a writer prints: the prefix and the three figures. */
    public String line() {
        return PREFIX + processMs + " " + compilingMs + " " + registeringMs;
    }

    /** The sum of the {@link #line}s that the writers printed into {@code logs}. */
    public static CpuUse sum(Collection<Path> logs) {
        CpuUse sum = new CpuUse(0, 0, 0);
        for (Path log : logs) {
            try {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith(PREFIX)) {
                        String[] figures = line.substring(PREFIX.length()).split(" ");
                        sum = new CpuUse(sum.processMs + Long.parseLong(figures[0]),
                                sum.compilingMs + Long.parseLong(figures[1]), sum.registeringMs + Long.parseLong(figures[2]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }
}
