package dev.modelregistry.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Git server for tests: {@code git daemon} serving every repository under a directory over
 * {@code git://127.0.0.1:<port>/}, with pushes enabled, started as a child process and stopped on
 * close. It is ready once it logs "Ready to rumble"; nothing sleeps.
 */
public final class GitDaemon implements AutoCloseable {

    private static final int ATTEMPTS = 3;

    private final Process process;
    private final int port;

    private GitDaemon(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a daemon serving the repositories under {@code baseDir}, on a free port. */
    public static GitDaemon serve(Path baseDir) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("git", "daemon", "--verbose", "--reuseaddr",
                    "--base-path=" + baseDir, "--export-all", "--enable=receive-pack", "--port=" + port,
                    "--listen=127.0.0.1");
            builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            try {
                Process process = builder.start();
                BufferedReader log = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8));
                if (awaitReady(log)) {
                    Thread drain = new Thread(() -> drain(log), "git-daemon-log");
                    drain.setDaemon(true);
                    drain.start();
                    return new GitDaemon(process, port);
                }
                process.destroyForcibly().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start git daemon", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("git daemon did not start in " + ATTEMPTS + " attempts");
    }

    /** The {@code git://} URL of the repository at {@code relativePath} under the base directory. */
    public String url(String relativePath) {
        return "git://127.0.0.1:" + port + "/" + relativePath;
    }

    private static boolean awaitReady(BufferedReader log) throws IOException {
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.contains("Ready to rumble")) {
                return true;
            }
        }
        return false;
    }

    private static void drain(BufferedReader log) {
        try {
            while (log.readLine() != null) {
                // the daemon logs every connection; reading keeps its pipe from filling up
            }
        } catch (IOException e) {
            // the daemon was stopped
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the daemon and the connections it is serving. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
