package dev.modelregistry.core.git;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The listening side of a write service, run by the endpoint that holds the service's lock: one
 * thread accepts connections on the socket, and a pool of threads reads each connection's one
 * request, has the handler answer it and sends the answer. A connection of another OS user, a
 * request over the size limit, and every request that comes once the host is closing are
 * declined with an empty answer, so that their senders write them themselves.
 */
final class WriteServiceHost {

    /** How long a connection may take to send its request, and to take its answer. */
    private static final long IO_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** How long without a request a closing host waits before it stops serving. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** The longest a closing host serves on. */
    private static final long MAX_LINGER_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final byte[] DECLINE = new byte[0];

    private final Path socketFile;
    private final ServerSocketChannel server;
    private final UnaryOperator<byte[]> handler;
    private final ExecutorService handlers = Executors.newCachedThreadPool(
            task -> Background.daemon(task, "model-registry write service"));
    /** When the last request came ({@link System#nanoTime()}); 0 while none has. */
    private long lastRequest;
    private boolean closing;

    private WriteServiceHost(Path socketFile, ServerSocketChannel server, UnaryOperator<byte[]> handler) {
        this.socketFile = socketFile;
        this.server = server;
        this.handler = handler;
    }

    /**
     * Listens on {@code socketFile}, replacing the socket a dead host left (only the holder of the
     * lock calls this), and starts accepting; {@code handler} must answer every request, errors
     * included, and never throw.
     */
    static WriteServiceHost start(Path socketFile, UnaryOperator<byte[]> handler) throws IOException {
        Files.deleteIfExists(socketFile);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socketFile));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        WriteServiceHost host = new WriteServiceHost(socketFile, server, handler);
        Background.daemon(host::accept, "model-registry write service accept").start();
        return host;
    }

    private void accept() {
        while (true) {
            SocketChannel connection;
            try {
                connection = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                handlers.execute(() -> serve(connection));
            } catch (RejectedExecutionException e) {
                Background.closeQuietly(connection); // closing: its sender finds no host and writes itself
                return;
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            boolean sameUser = PeerCheck.sameUser(connection);
            Optional<byte[]> request;
            ScheduledFuture<?> reading = Background.at(System.nanoTime() + IO_TIMEOUT_NANOS,
                    () -> Background.closeQuietly(connection));
            try {
                request = Frames.read(connection);
            } catch (Frames.TooLargeException e) {
                request = Optional.of(DECLINE);
            } finally {
                reading.cancel(false);
            }
            if (request.isEmpty()) {
                return;
            }
            boolean declined;
            synchronized (this) {
                declined = closing || !sameUser || request.get().length == 0;
                lastRequest = System.nanoTime();
            }
            byte[] answer = declined ? DECLINE : handler.apply(request.get());
            ScheduledFuture<?> answering = Background.at(System.nanoTime() + IO_TIMEOUT_NANOS,
                    () -> Background.closeQuietly(connection));
            try {
                Frames.write(connection, answer);
            } finally {
                answering.cancel(false);
            }
        } catch (IOException e) {
            // the sender is gone or too slow; what it asked for is on the branch or not, and it looks there
        }
    }

    /**
     * Stops serving: while other processes keep handing over registrations it goes on serving
     * them, until none came for {@link #LINGER_NANOS} or for at most {@link #MAX_LINGER_NANOS},
     * so that they do not all turn to a new host whose write path is cold. Then it declines every
     * further request, stops accepting and waits until every request taken has been answered,
     * however long its write takes: the lock must not be released while one may still land.
     */
    void close() {
        linger();
        synchronized (this) {
            closing = true;
        }
        Background.closeQuietly(server);
        try {
            Files.deleteIfExists(socketFile);
        } catch (IOException e) {
            // the next host replaces it
        }
        handlers.shutdown();
        boolean interrupted = false;
        while (!handlers.isTerminated()) {
            try {
                handlers.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void linger() {
        long start = System.nanoTime();
        while (true) {
            long quiet;
            synchronized (this) {
                quiet = lastRequest == 0 ? Long.MAX_VALUE : System.nanoTime() - lastRequest;
            }
            long left = Math.min(LINGER_NANOS - quiet, MAX_LINGER_NANOS - (System.nanoTime() - start));
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
