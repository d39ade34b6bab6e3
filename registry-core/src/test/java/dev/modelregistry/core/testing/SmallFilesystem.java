package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * A real, small filesystem for disk-full and read-only tests: a tmpfs of a given size mounted on a
 * directory, which can be remounted read-only and back. Mounting needs root or passwordless
 * {@code sudo}; without either the test is skipped, saying why.
 */
public final class SmallFilesystem implements AutoCloseable {

    private final Path mountPoint;
    private final List<String> prefix;

    private SmallFilesystem(Path mountPoint, List<String> prefix) {
        this.mountPoint = mountPoint;
        this.prefix = prefix;
    }

    /** Mounts a tmpfs of {@code bytes} on the existing empty directory {@code mountPoint}, or skips the test. */
    public static SmallFilesystem mount(Path mountPoint, long bytes) {
        String options = "size=" + bytes + ",mode=0777";
        List<String> mount = List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
        String whyNot = "";
        for (List<String> prefix : List.of(List.<String>of(), List.of("sudo", "-n"))) {
            String error = run(prefix, mount);
            if (error.isEmpty()) {
                return new SmallFilesystem(mountPoint, prefix);
            }
            whyNot += (prefix.isEmpty() ? "mount: " : "; sudo -n mount: ") + error.strip();
        }
        Assumptions.abort("a small real filesystem is needed: mounting a tmpfs needs root or passwordless sudo ("
                + whyNot + ")");
        throw new AssertionError("unreachable");
    }

    /** Makes the filesystem read-only, as a failing disk or a read-only mount would. */
    public void readOnly() {
        remount("ro");
    }

    /** Makes the filesystem writable again. */
    public void readWrite() {
        remount("rw");
    }

    private void remount(String mode) {
        String error = run(prefix, List.of("mount", "-o", "remount," + mode, mountPoint.toString()));
        if (!error.isEmpty()) {
            throw new AssertionError("cannot remount " + mountPoint + " " + mode + ": " + error);
        }
    }

    /** Unmounts the filesystem and everything on it. */
    @Override
    public void close() {
        String error = run(prefix, List.of("umount", "--lazy", mountPoint.toString()));
        if (!error.isEmpty()) {
            throw new AssertionError("cannot unmount " + mountPoint + ": " + error);
        }
    }

    /** Runs the command; empty when it succeeded, else what it said. */
    private static String run(List<String> prefix, List<String> command) {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            return process.waitFor() == 0 ? "" : "exit " + process.exitValue() + " " + output;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
