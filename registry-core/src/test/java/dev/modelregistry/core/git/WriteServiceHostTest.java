package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host side of the write service over real Unix domain sockets: a connection carries one
 * request after another, and a closing host serves on only while a process that handed
 * registrations over is still connected.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WriteServiceHostTest {

    @TempDir
    Path dir;

    private final Set<String> servingThreads = ConcurrentHashMap.newKeySet();

    private byte[] echo(byte[] request) {
        servingThreads.add(Thread.currentThread().getName() + "@" + Thread.currentThread().getId());
        return ("answer to " + new String(request, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private SocketChannel connect(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return channel;
    }

    private static byte[] ask(SocketChannel channel, String request) throws IOException {
        Frames.write(channel, request.getBytes(StandardCharsets.UTF_8));
        return Frames.read(channel).orElseThrow();
    }

    @Test
    void oneConnectionCarriesOneRequestAfterAnother() throws IOException {
        Path socket = dir.resolve("service.sock");
        WriteServiceHost host = WriteServiceHost.start(socket, this::echo);
        try (SocketChannel channel = connect(socket)) {
            for (String request : List.of("first", "second", "third")) {
                assertArrayEquals(("answer to " + request).getBytes(StandardCharsets.UTF_8), ask(channel, request));
            }
        } finally {
            host.close();
        }
        assertEquals(1, servingThreads.size(), "one connection, served by one thread: " + servingThreads);
    }

    @Test
    void aClosingHostStopsOnceNoProcessThatHandedOverIsConnected() throws IOException {
        Path socket = dir.resolve("service.sock");
        long aMinute = TimeUnit.MINUTES.toNanos(1);
        WriteServiceHost host = WriteServiceHost.start(socket, this::echo, aMinute, aMinute);
        try (SocketChannel channel = connect(socket)) {
            ask(channel, "one");
        }
        host.close(); // would serve on for a minute, past the test's timeout, if it waited for the quiet
        try (SocketChannel late = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            assertTrue(tryConnect(late, socket).isPresent(), "the closed host no longer listens");
        }
    }

    @Test
    void aClosingHostClosesTheConnectionsThatWaitForARequest() throws IOException {
        Path socket = dir.resolve("service.sock");
        WriteServiceHost host = WriteServiceHost.start(socket, this::echo, TimeUnit.MILLISECONDS.toNanos(50),
                TimeUnit.MINUTES.toNanos(1));
        try (SocketChannel channel = connect(socket)) {
            ask(channel, "one");
            host.close(); // the connection stays open and quiet: the host stops after 50 ms without a request
            assertEquals(Optional.empty(), Frames.read(channel), "the host closed the waiting connection");
        }
    }

    /** Empty when {@code channel} connected to {@code socket}, else the failure. */
    private static Optional<IOException> tryConnect(SocketChannel channel, Path socket) {
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }
}
