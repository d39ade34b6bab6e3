package dev.modelregistry.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest and size of a file, computed by streaming it through a fixed buffer, so a
 * model of many gigabytes takes no more memory than a small one.
 *
 * @param sha256 64 lower-case hex digits
 * @param size the number of bytes
 */
public record FileDigest(String sha256, long size) {

    private static final int BUFFER_SIZE = 64 * 1024;

    /** Reads {@code file} once and returns its digest and size. */
    public static FileDigest of(Path file) throws IOException {
        MessageDigest digest = newSha256();
        byte[] buffer = new byte[BUFFER_SIZE];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        return new FileDigest(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
