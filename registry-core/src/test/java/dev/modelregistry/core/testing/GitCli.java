package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code git} command line against a repository, the way users and auditors do. */
public final class GitCli {

    private final List<String> location;
    private final Map<String, String> environment;

    /** A runner for the repository whose Git directory is {@code gitDir}. */
    public GitCli(Path gitDir) {
        this(List.of("--git-dir=" + gitDir), Map.of());
    }

    private GitCli(List<String> location, Map<String, String> environment) {
        this.location = location;
        this.environment = environment;
    }

    /** A runner working in {@code directory}, as a user in a clone's work tree does ({@code git -C}). */
    public static GitCli in(Path directory) {
        return new GitCli(List.of("-C", directory.toString()), Map.of());
    }

    /** A runner that also sets {@code name} in git's environment, such as {@code GIT_COMMITTER_DATE}. */
    public GitCli withEnvironment(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new GitCli(location, Map.copyOf(more));
    }

    /** Runs {@code git --git-dir=<dir> args...}, failing the test unless it exits 0; returns stdout. */
    public String run(String... args) {
        Result result = tryRun(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + result.exitCode() + ":\n"
                    + result.stdout() + result.stderr());
        }
        return result.stdout();
    }

    /** Runs git with {@code input} as its standard input, failing the test unless it exits 0; returns stdout. */
    public String runWithInput(byte[] input, String... args) {
        Result result = execute(input, args);
        if (result.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " exited " + result.exitCode() + ":\n"
                    + result.stdout() + result.stderr());
        }
        return result.stdout();
    }

    /** Runs git and returns its exit code and output, whatever the exit code. */
    public Result tryRun(String... args) {
        return execute(new byte[0], args);
    }

    private Result execute(byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(location);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("LC_ALL", "C");
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input);
            }
            // read both streams at once: git blocks when a pipe that nobody reads fills up
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " did not finish");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run git", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream stream) {
        try {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a git run printed and how it exited. */
    public record Result(int exitCode, String stdout, String stderr) {
    }
}
