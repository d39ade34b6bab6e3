package dev.modelregistry.core.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code git} command line in a directory: to build registries, and as a baseline. */
public final class GitProcess {

    private GitProcess() {
    }

    /** Runs {@code git args} in {@code dir}, its output going to this process's, and fails unless it succeeds. */
    public static void run(Path dir, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).directory(dir.toFile()).inheritIO().start();
        check(process, dir, args);
    }

    /**
     * Runs {@code git args} in {@code dir}, reading all it prints and discarding it, and fails
     * unless it succeeds.
     *
     * @return the number of bytes git printed
     */
    public static long output(Path dir, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(args)).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long bytes;
        try (InputStream out = process.getInputStream()) {
            bytes = out.transferTo(OutputStream.nullOutputStream());
        }
        check(process, dir, args);
        return bytes;
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return command;
    }

    private static void check(Process process, Path dir, String... args) throws InterruptedException, IOException {
        if (process.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed in " + dir);
        }
    }
}
