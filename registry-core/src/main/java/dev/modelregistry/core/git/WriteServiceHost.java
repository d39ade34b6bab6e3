package dev.modelregistry.core.git;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The listening side of a write service, run by the endpoint that holds the service's lock: one
 * thread accepts connections on the socket, and a thread of a pool serves each connection: it
 * reads a request, has the handler answer it, sends the answer and waits for the next, until the
 * other side closes the connection. A connection of another OS user, a request over the size
 * limit, and every request that comes once the host is closing are declined with an empty answer,
 * so that their senders write them themselves.
 */
final class WriteServiceHost {

    /** How long a connection may take to take its answer, and, while the host closes, to send its request. */
    private static final long IO_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** How long without a request a closing host waits before it stops serving. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** The longest a closing host serves on. */
    private static final long MAX_LINGER_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final byte[] DECLINE = new byte[0];

    private final Path socketFile;
    private final ServerSocketChannel server;
    private final UnaryOperator<byte[]> handler;
    private final long lingerNanos;
    private final long maxLingerNanos;
    private final ExecutorService handlers = Executors.newCachedThreadPool(
            task -> Background.daemon(task, "model-registry write service"));
    /** When the last request came ({@link System#nanoTime()}); 0 while none has. */
    private long lastRequest;
    private boolean closing;
    /** The connections being served. */
    private int connections;
    /** The connections waiting for their next request, which closing closes. */
    private final Set<SocketChannel> waiting = new HashSet<>();

    private WriteServiceHost(Path socketFile, ServerSocketChannel server, UnaryOperator<byte[]> handler,
            long lingerNanos, long maxLingerNanos) {
        this.socketFile = socketFile;
        this.server = server;
        this.handler = handler;
        this.lingerNanos = lingerNanos;
        this.maxLingerNanos = maxLingerNanos;
    }

    /**
     * Listens on {@code socketFile}, replacing the socket a dead host left (only the holder of the
     * lock calls this), and starts accepting; {@code handler} must answer every request, errors
     * included, and never throw.
     */
    static WriteServiceHost start(Path socketFile, UnaryOperator<byte[]> handler) throws IOException {
        return start(socketFile, handler, LINGER_NANOS, MAX_LINGER_NANOS);
    }

    /**
     * {@link #start(Path, UnaryOperator)} with a closing host serving on until none came for
     * {@code lingerNanos}, or for at most {@code maxLingerNanos}, while other processes are connected.
     */
    static WriteServiceHost start(Path socketFile, UnaryOperator<byte[]> handler, long lingerNanos,
            long maxLingerNanos) throws IOException {
        Files.deleteIfExists(socketFile);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socketFile));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        WriteServiceHost host = new WriteServiceHost(socketFile, server, handler, lingerNanos, maxLingerNanos);
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
            if (!startServing(connection)) {
                declineOne(connection);
                return;
            }
            try {
                while (serveOne(connection, sameUser)) {
                    // the next request
                }
            } finally {
                synchronized (this) {
                    waiting.remove(connection);
                    connections--;
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // the sender is gone or too slow; what it asked for is on the branch or not, and it looks there
        }
    }

    /** Counts {@code connection} as served and waiting for a request; false once the host is closing. */
    private synchronized boolean startServing(SocketChannel connection) {
        if (closing) {
            return false;
        }
        connections++;
        waiting.add(connection);
        return true;
    }

    /**
     * Declines the one request of a connection taken while the host closes, within
     * {@link #IO_TIMEOUT_NANOS}: its sender writes it itself.
     */
    private static void declineOne(SocketChannel connection) throws IOException {
        Background.closingAt(System.nanoTime() + IO_TIMEOUT_NANOS, connection, () -> {
            if (readRequest(connection).isPresent()) {
                Frames.write(connection, DECLINE);
            }
            return null;
        });
    }

    /** The next request, a {@link #DECLINE} for one over the size limit; empty when the sender closed. */
    private static Optional<byte[]> readRequest(SocketChannel connection) throws IOException {
        try {
            return Frames.read(connection);
        } catch (Frames.TooLargeException e) {
            return Optional.of(DECLINE);
        }
    }

    /**
     * Reads one request, answers it and says whether to wait for the next: not once the host is
     * closing, and not after a declined request (another user's, one over the size limit, of which
     * only the length was read, or an empty one).
     */
    private boolean serveOne(SocketChannel connection, boolean sameUser) throws IOException {
        Optional<byte[]> request = readRequest(connection);
        if (request.isEmpty()) {
            return false;
        }
        boolean declined;
        synchronized (this) {
            waiting.remove(connection);
            declined = closing || !sameUser || request.get().length == 0;
            lastRequest = System.nanoTime();
        }
        byte[] answer = declined ? DECLINE : handler.apply(request.get());
        boolean next = !declined; // after a decline the connection ends: its sender may not be ours, or out of step
        Background.closingAt(System.nanoTime() + IO_TIMEOUT_NANOS, connection, () -> {
            Frames.write(connection, answer);
            return null;
        });
        synchronized (this) {
            if (closing || !next) {
                return false;
            }
            waiting.add(connection);
            return true;
        }
    }

    /**
     * Stops serving: while other processes that handed registrations over are still connected and
     * keep handing them over, it goes on serving them, until none came for {@link #LINGER_NANOS},
     * none is connected any more, or for at most {@link #MAX_LINGER_NANOS} (or as it was started),
     * so that they do not all
     * turn to a new host whose write path is cold. Then it declines every further request, closes
     * the connections that wait for one, stops accepting and waits until every request taken has
     * been answered, however long its write takes: the lock must not be released while one may
     * still land.
     */
    void close() {
        linger();
        List<SocketChannel> idle;
        synchronized (this) {
            closing = true;
            idle = List.copyOf(waiting);
        }
        Background.closeQuietly(server);
        idle.forEach(Background::closeQuietly);
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

    private synchronized void linger() {
        long start = System.nanoTime();
        while (connections > 0) {
            long quiet = lastRequest == 0 ? Long.MAX_VALUE : System.nanoTime() - lastRequest;
            long left = Math.min(lingerNanos - quiet, maxLingerNanos - (System.nanoTime() - start));
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
