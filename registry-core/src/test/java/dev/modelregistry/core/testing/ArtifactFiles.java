package dev.modelregistry.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Model files for artifact tests: generated content, independent digests, and tampering. */
public final class ArtifactFiles {

    private ArtifactFiles() {
    }

    /** Writes {@code size} pseudo-random bytes derived from {@code seed} to {@code file}, streaming. */
    public static Path generate(Path file, long size, long seed) {
        Random random = new Random(seed);
        byte[] chunk = new byte[64 * 1024];
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long left = size; left > 0; left -= chunk.length) {
                    random.nextBytes(chunk);
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a file, computed with the JDK alone. */
    public static String sha256(Path file) {
        return hex(file, "SHA-256");
    }

    /** A hex digest of a file with {@code algorithm}. */
    public static String hex(Path file, String algorithm) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance(algorithm))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Inverts the bits of the byte at {@code offset}. */
    public static void flipByte(Path file, long offset) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            one.put(0, (byte) ~one.get(0)).rewind();
            channel.write(one, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the file to {@code size} bytes. */
    public static void truncate(Path file, long size) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exchanges the contents of two files. */
    public static void swap(Path a, Path b) {
        try {
            Path temp = a.resolveSibling(a.getFileName() + ".swap");
            Files.move(a, temp);
            Files.move(b, a);
            Files.move(temp, b, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under {@code dir}, relative to it, sorted; empty when it does not exist. */
    public static List<String> filesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
