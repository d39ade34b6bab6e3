package dev.modelregistry.core.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A real server program for tests, started as a child process on a free port of 127.0.0.1 and
 * stopped on close. It is ready once its error stream prints a line containing the ready text;
 * nothing sleeps. A start that loses its port to another process is tried again on a new one.
 */
public final class LoopbackServer implements AutoCloseable {

    private static final int ATTEMPTS = 3;

    private final Process process;
    private final int port;

    private LoopbackServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code command} for a free port, waiting until it logs {@code ready}; {@code name} is for errors. */
    public static LoopbackServer start(String name, IntFunction<ProcessBuilder> command, String ready) {
        List<String> said = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            ProcessBuilder builder = command.apply(port);
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            try {
                Process process = builder.start();
                BufferedReader log = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8));
                if (awaitReady(log, ready, said)) {
                    Thread drain = new Thread(() -> drain(log), name + "-log");
                    drain.setDaemon(true);
                    drain.start();
                    return new LoopbackServer(process, port);
                }
                process.destroyForcibly().waitFor();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(name + " did not start in " + ATTEMPTS + " attempts; it said: "
                + String.join("\n", said));
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Reads the log until the ready text (true) or its end (false), keeping the lines read in {@code said}. */
    private static boolean awaitReady(BufferedReader log, String ready, List<String> said) throws IOException {
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            if (line.contains(ready)) {
                return true;
            }
            said.add(line);
        }
        return false;
    }

    private static void drain(BufferedReader log) {
        try {
            while (log.readLine() != null) {
                // servers log every connection; reading keeps their pipe from filling up
            }
        } catch (IOException e) {
            // the server was stopped
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server and the connections it is serving. */
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
