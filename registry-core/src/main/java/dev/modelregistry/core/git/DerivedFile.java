package dev.modelregistry.core.git;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A file of data derived from the repository, such as an index, kept as a cache in its Git
 * directory: a binary body followed by a CRC-32 of it. It is written to a temporary file and
 * renamed into place, so a reader sees the old file or the new one, never a part. A missing,
 * truncated or corrupt file reads as empty, and one that cannot be written is left as it was:
 * a cache is rebuilt from Git, never trusted over it.
 */
public final class DerivedFile {

    /** Writes a body. */
    @FunctionalInterface
    public interface Body {
        /** Writes the body to {@code out}. */
        void writeTo(DataOutputStream out) throws IOException;
    }

    private final Path file;

    /** The file at {@code file}. */
    public DerivedFile(Path file) {
        this.file = file;
    }

    /** The body, when the file exists and its checksum matches. */
    public Optional<ByteBuffer> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length < Long.BYTES) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        return Optional.of(ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES).slice());
    }

    /**
     * Replaces the file with {@code body}; failing to write is not an error. Its directory is made
     * when missing, but not the directories above it: a registry deleted while a write was
     * waiting to run ({@link DeferredWrite}) is not made again.
     */
    public void write(Body body) {
        Path temp = null;
        try {
            makeDirectory(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(temp);
                    CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
                    DataOutputStream out = new DataOutputStream(checked)) {
                body.writeTo(out);
                out.flush();
                new DataOutputStream(raw).writeLong(crc.getValue());
            }
            move(temp);
            temp = null;
        } catch (IOException e) {
            // A cache that cannot be written is rebuilt in memory next time.
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // Left behind; the next write in the directory is not affected.
                }
            }
        }
    }

    private static void makeDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            try {
                Files.createDirectory(directory);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // by another writer
            }
        }
    }

    /** Reads an object id written by {@link #writeId}: its 20 raw bytes. */
    public static ObjectId readId(ByteBuffer in) {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        in.get(raw);
        return ObjectId.fromRaw(raw);
    }

    /** Writes {@code id} as its 20 raw bytes. */
    public static void writeId(DataOutputStream out, ObjectId id) throws IOException {
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        id.copyRawTo(raw, 0);
        out.write(raw);
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
