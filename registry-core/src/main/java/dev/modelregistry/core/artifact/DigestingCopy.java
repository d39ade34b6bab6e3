package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Streams bytes through a 64 KiB buffer while computing their SHA-256 digest and counting them,
 * so an artifact of any size moves with bounded memory and is verified on the way.
 */
final class DigestingCopy {

    /** The buffer size of every artifact transfer. */
    static final int BUFFER_SIZE = 64 * 1024;

    private DigestingCopy() {
    }

    /**
     * Copies {@code in} to {@code out}, stopping after {@code limit + 1} bytes so an endless or
     * over-long source cannot fill the disk. {@code also} digests see the same bytes.
     *
     * @return the digest and count of the bytes read
     */
    static ContentDigest copy(InputStream in, OutputStream out, long limit, ProgressReporter progress,
            MessageDigest... also) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        byte[] buffer = new byte[BUFFER_SIZE];
        long count = 0;
        long stopAfter = limit == Long.MAX_VALUE ? limit : limit + 1;
        while (count < stopAfter) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, stopAfter - count));
            if (n < 0) {
                break;
            }
            sha256.update(buffer, 0, n);
            for (MessageDigest other : also) {
                other.update(buffer, 0, n);
            }
            out.write(buffer, 0, n);
            count += n;
            progress.advance(n);
        }
        progress.finish();
        return new ContentDigest(HexFormat.of().formatHex(sha256.digest()), count);
    }

    /** Copies {@code in} into the new file {@code target} as {@link #copy} does, and forces it to disk. */
    static ContentDigest copyToNewFile(InputStream in, Path target, long limit, ProgressReporter progress)
            throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            ContentDigest digest = copy(in, out, limit, progress);
            out.flush();
            channel.force(true);
            return digest;
        }
    }

    /** Reads {@code in} to its end (or {@code limit + 1} bytes), only measuring it; {@code also} digests see it too. */
    static ContentDigest measure(InputStream in, long limit, ProgressReporter progress, MessageDigest... also)
            throws IOException {
        return copy(in, OutputStream.nullOutputStream(), limit, progress, also);
    }

    /** A new digest of a standard algorithm ({@code SHA-256}, {@code SHA-1}, {@code MD5}). */
    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
