package dev.modelregistry.core.history;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The on-disk form of a {@link ModelChangeTable}: a binary file ending in a CRC-32 of everything before it. It is written to a temporary file and
 * renamed into place, so a reader sees the old file or the new one, never a part. A missing,
 * truncated or corrupt file reads as empty.
 *
 * <pre>
 * "MRHI" version:int
 * models:int { name:UTF }*
 * commits:int { id:20 bytes time:int parents:int { parent:int }* { changes:int { change:int }* }* }*
 * crc32:long
 * </pre>
 * A root commit has one change list (against the empty tree); others one per parent.
 */
final class HistoryIndexFile {

    private static final int MAGIC = 0x4d524849;
    private static final int VERSION = 1;

    private final Path file;

    HistoryIndexFile(Path file) {
        this.file = file;
    }

    /** The stored table; empty when there is none or it cannot be trusted. */
    Optional<ModelChangeTable> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length < Long.BYTES || !checksumMatches(bytes)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES)));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean checksumMatches(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        return ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() == crc.getValue();
    }

    private static ModelChangeTable parse(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalArgumentException("not a history index of this version");
        }
        ModelChangeTable table = new ModelChangeTable();
        int models = count(in);
        for (int i = 0; i < models; i++) {
            byte[] name = new byte[count(in)];
            in.get(name);
            table.internModel(new String(name, StandardCharsets.UTF_8));
        }
        int commits = count(in);
        for (int position = 0; position < commits; position++) {
            ObjectId id = id(in);
            int time = in.getInt();
            int[] parents = new int[count(in)];
            for (int i = 0; i < parents.length; i++) {
                parents[i] = bounded(in.getInt(), position);
            }
            int[][] changes = new int[Math.max(parents.length, 1)][];
            for (int i = 0; i < changes.length; i++) {
                changes[i] = new int[count(in)];
                for (int c = 0; c < changes[i].length; c++) {
                    changes[i][c] = in.getInt();
                    bounded(changes[i][c] >>> 1, models);
                }
            }
            table.add(id, time, parents, changes);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("inconsistent history index");
        }
        return table;
    }

    private static ObjectId id(ByteBuffer in) {
        byte[] raw = new byte[20];
        in.get(raw);
        return ObjectId.fromRaw(raw);
    }

    private static int count(ByteBuffer in) {
        return bounded(in.getInt(), in.remaining() + 1);
    }

    private static int bounded(int value, int limit) {
        if (value < 0 || value >= limit) {
            throw new IllegalArgumentException("value out of range");
        }
        return value;
    }

    /**
     * Replaces the file with {@code table}. Failing to write is not an error: the
     * index is only a cache, and the next process builds it again.
     */
    void write(ModelChangeTable table) {
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            CRC32 crc = new CRC32();
            try (OutputStream raw = Files.newOutputStream(temp);
                    CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
                    DataOutputStream out = new DataOutputStream(checked)) {
                writeTable(out, table);
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
                    // Left for the next write's directory to carry; harmless.
                }
            }
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeTable(DataOutputStream out, ModelChangeTable table) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(table.models().size());
        for (String model : table.models()) {
            byte[] name = model.getBytes(StandardCharsets.UTF_8);
            out.writeInt(name.length);
            out.write(name);
        }
        out.writeInt(table.size());
        for (int position = 0; position < table.size(); position++) {
            writeId(out, table.id(position));
            out.writeInt(table.time(position));
            int[] parents = table.parents(position);
            out.writeInt(parents.length);
            for (int parent : parents) {
                out.writeInt(parent);
            }
            for (int i = 0; i < Math.max(parents.length, 1); i++) {
                int[] changes = table.changes(position, i);
                out.writeInt(changes.length);
                for (int change : changes) {
                    out.writeInt(change);
                }
            }
        }
    }

    private static void writeId(DataOutputStream out, ObjectId id) throws IOException {
        byte[] raw = new byte[20];
        id.copyRawTo(raw, 0);
        out.write(raw);
    }
}
