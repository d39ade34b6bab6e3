package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/**
 * The framing of write service messages: a 4-byte big-endian length, then that many bytes. A
 * length of 0 is a message too: the host's "write it yourself".
 */
final class Frames {

    /** The largest message either side sends or reads: far above a card's size limit. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private Frames() {
    }

    /** A message longer than {@link #MAX_BYTES}, of which only the length was read. */
    static final class TooLargeException extends IOException {
        TooLargeException(int size) {
            super("a write service message of " + size + " bytes, more than " + MAX_BYTES);
        }
    }

    /** Writes {@code message} whole, or throws. */
    static void write(SocketChannel channel, byte[] message) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES + message.length);
        buffer.putInt(message.length).put(message).flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * The next message; empty when the other side closed before a whole one came.
     *
     * @throws TooLargeException when its length is out of bounds
     */
    static Optional<byte[]> read(SocketChannel channel) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        if (!fill(channel, length)) {
            return Optional.empty();
        }
        int size = length.flip().getInt();
        if (size < 0 || size > MAX_BYTES) {
            throw new TooLargeException(size);
        }
        ByteBuffer body = ByteBuffer.allocate(size);
        return fill(channel, body) ? Optional.of(body.array()) : Optional.empty();
    }

    private static boolean fill(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return false;
            }
        }
        return true;
    }
}
