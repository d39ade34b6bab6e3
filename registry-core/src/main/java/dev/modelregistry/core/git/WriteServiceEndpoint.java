package dev.modelregistry.core.git;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One registry instance's side of its local registry's write service. The processes that
 * register into one registry on this machine hand their registrations to one of them, the host,
 * so that one warm process with one set of caches writes for all: the first endpoint to ask while
 * no process hosts becomes the host, and holds {@code model-registry/write-service} locked and
 * listens on a socket until it closes or dies. The host still lands every registration as its own
 * commit by compare-and-swap.
 *
 * <p>{@link #anotherProcessHosts} says whether to hand a registration over, and {@link #handOff}
 * sends one request to the host and says what became of it: answered, not taken (write it here),
 * or possibly sent and not answered, when only a look at the branch, once it finds its commit
 * or once {@link #hostGone}, can tell whether it landed. A connection the host answered on stays
 * open for the next request until the endpoint closes, so that a closing host serves on only
 * while other processes that hand registrations over are still open. Endpoints of one process
 * never hand registrations to each other: they take turns in process. The socket is {@code model-registry/write-service.sock}, or,
 * where that path is too long for a socket, a file named by a hash of the Git directory's path in
 * the temporary directory. Where Unix domain sockets or their peer credentials are missing, or
 * even that path is too long, every registration is written here.
 */
public final class WriteServiceEndpoint implements AutoCloseable {

    /** The lock file the host holds, relative to the Git directory. */
    static final String LOCK_FILE = "model-registry/write-service";
    /** The socket the host listens on, relative to the Git directory, when the path fits. */
    static final String SOCKET_FILE = "model-registry/write-service.sock";
    /** The longest socket path every Unix takes (Linux takes 107 bytes, macOS 103). */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path lockFile;
    private final Path socketFile;
    private final UnaryOperator<byte[]> handler;
    private WriteServiceLock lock;
    private WriteServiceHost host;
    private boolean closed;
    /** Connections to the host that answered on them, for the next requests; one request at a time on each. */
    private final Deque<SocketChannel> connected = new ArrayDeque<>();

    /**
     * The endpoint for the registry whose Git directory is {@code gitDir}; {@code handler} answers
     * the requests of other processes while this endpoint hosts, and must not throw (an empty
     * answer declines a request, and its sender writes it itself).
     */
    public WriteServiceEndpoint(Path gitDir, UnaryOperator<byte[]> handler) {
        Path real = WriterTurns.realPath(gitDir);
        this.lockFile = real.resolve(LOCK_FILE);
        this.socketFile = socketFor(real);
        this.handler = handler;
    }

    /** What became of a request handed to the host. */
    public sealed interface HandOff {
        /** The host's answer. */
        record Answered(byte[] answer) implements HandOff {
        }

        /** No host took the request, or the host declined it: write it here. */
        record WriteHere() implements HandOff {
        }

        /** Some or all of the request may have reached the host and no answer came: it may land or not. */
        record Unanswered(String problem) implements HandOff {
        }
    }

    /**
     * True when another process hosts the write service, and a registration should be handed to
     * it; false when this endpoint hosts (it becomes the host when no process is one), when
     * another endpoint of this process hosts, when the service cannot run here, or when this
     * endpoint is closed: then write here.
     */
    public synchronized boolean anotherProcessHosts() {
        if (closed || host != null || !supported()) {
            return false;
        }
        try {
            if (lock == null) {
                lock = WriteServiceLock.open(lockFile);
            }
            if (lock.heldByAnother(this)) {
                return false;
            }
            if (!lock.tryTake(this)) {
                return true;
            }
            startHosting();
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Listens, holding the lock, and closes the connections kept to an earlier host; when it
     * cannot listen, lets another process host.
     */
    private void startHosting() {
        List<SocketChannel> toOldHost = List.copyOf(connected);
        connected.clear();
        toOldHost.forEach(Background::closeQuietly);
        try {
            host = WriteServiceHost.start(socketFile, handler);
        } catch (IOException | RuntimeException e) {
            lock.release(this);
        }
    }

    /**
     * Hands {@code request} to the host of the write service, which {@link #anotherProcessHosts}
     * found, and waits for its answer until {@code deadline} ({@link System#nanoTime()}):
     * {@link HandOff.WriteHere} when no host of this user took it or the host declined it,
     * {@link HandOff.Unanswered} once any of it may have been sent and no answer came. It goes
     * over a connection kept from an earlier answer when the host has not closed it, else a new one.
     */
    public HandOff handOff(byte[] request, long deadline) {
        if (request.length > Frames.MAX_BYTES) {
            return new HandOff.WriteHere();
        }
        SocketChannel channel = connectedToHost().orElse(null);
        if (channel == null) {
            return new HandOff.WriteHere(); // no host listens: nothing was sent
        }
        HandOff handOff = exchange(channel, request, deadline);
        if (handOff instanceof HandOff.Answered && keep(channel)) {
            return handOff;
        }
        Background.closeQuietly(channel);
        return handOff;
    }

    /**
     * A connection to the host: one that the host answered on before and has not closed since,
     * else a new one; empty when no host of this user listens.
     */
    private Optional<SocketChannel> connectedToHost() {
        for (SocketChannel kept = takeKept(); kept != null; kept = takeKept()) {
            if (openOnBothSides(kept)) {
                return Optional.of(kept);
            }
            Background.closeQuietly(kept);
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socketFile));
            if (PeerCheck.sameUser(channel)) {
                return Optional.of(channel);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no host listens
        }
        Background.closeQuietly(channel);
        return Optional.empty();
    }

    /**
     * True when neither side closed {@code channel}: the host closes the connections that wait
     * for a request when it stops, and nothing else comes on a connection between requests.
     */
    private static boolean openOnBothSides(SocketChannel channel) {
        try {
            channel.configureBlocking(false);
            int read = channel.read(ByteBuffer.allocate(1));
            channel.configureBlocking(true);
            return read == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized SocketChannel takeKept() {
        return connected.pollFirst();
    }

    /** Keeps {@code channel} for the next request; false once this endpoint is closed. */
    private synchronized boolean keep(SocketChannel channel) {
        if (closed) {
            return false;
        }
        connected.addFirst(channel);
        return true;
    }

    private static HandOff exchange(SocketChannel channel, byte[] request, long deadline) {
        try {
            Optional<byte[]> answer = Background.closingAt(deadline, channel, () -> {
                Frames.write(channel, request);
                return Frames.read(channel);
            });
            if (answer.isEmpty()) {
                return new HandOff.Unanswered("the host closed the connection without answering");
            }
            return answer.get().length == 0 ? new HandOff.WriteHere() : new HandOff.Answered(answer.get());
        } catch (IOException e) {
            return new HandOff.Unanswered(e instanceof AsynchronousCloseException ? "no answer came in time"
                    : String.valueOf(e.getMessage()));
        }
    }

    /**
     * Where the host of the registry in {@code gitDir} listens: {@code model-registry/write-service.sock}
     * in it, or, when that path is too long for a socket, a file named by a hash of the Git
     * directory's path in the temporary directory.
     */
    static Path socketFor(Path gitDir) {
        Path inRegistry = gitDir.resolve(SOCKET_FILE);
        if (fits(inRegistry)) {
            return inRegistry;
        }
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    gitDir.toString().getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "model-registry-" + hash + ".sock");
    }

    private static boolean fits(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    private boolean supported() {
        return fits(socketFile) && PeerCheck.available();
    }

    /**
     * True when no other process hosts any more, and this endpoint then hosts if it can: a host
     * gives up its lock only after every request it took has landed or failed, and the OS gives
     * it up only when the host is dead, so once this is true the branch shows whether a request
     * that went unanswered landed. False while another process still hosts, or when this
     * endpoint is closed.
     */
    public synchronized boolean hostGone() {
        if (closed) {
            return false;
        }
        if (host != null || lock.heldByAnother(this)) {
            return true;
        }
        try {
            if (!lock.tryTake(this)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        startHosting();
        return true;
    }

    /**
     * Stops hosting: serves on while other processes keep handing over, then takes no new
     * request, lets every request taken land or fail and be answered, and only then gives up the
     * lock, so that no other process concludes too early that a request went unwritten.
     */
    @Override
    public void close() {
        WriteServiceHost stopping;
        List<SocketChannel> kept;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = host;
            host = null;
            kept = List.copyOf(connected);
            connected.clear();
        }
        kept.forEach(Background::closeQuietly);
        if (stopping != null) {
            stopping.close();
        }
        if (lock != null) {
            lock.release(this);
            lock.close();
        }
    }
}
