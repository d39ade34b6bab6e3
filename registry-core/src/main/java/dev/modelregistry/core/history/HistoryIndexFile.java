package dev.modelregistry.core.history;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import dev.modelregistry.core.git.DerivedFile;

/**
 * The on-disk form of a {@link ModelChangeTable}, kept as a {@link DerivedFile}: a missing,
 * truncated or corrupt file reads as empty.
 *
 * <pre>
 * "MRHI" version:int
 * models:int { name:UTF }*
 * commits:int
 * { text }*     (one per commit, see {@link CommitTexts})
 * { id:20 bytes time:int parents:int { parent:int }* { changes:int { change:int }* }* }*
 * crc32:long
 * </pre>
 * A root commit has one change list (against the empty tree); others one per parent. Version 1
 * had no texts; such a file reads as foreign, and the index is built again.
 */
final class HistoryIndexFile {

    private static final int MAGIC = 0x4d524849;
    private static final int VERSION = 2;

    private final DerivedFile file;

    HistoryIndexFile(Path file) {
        this.file = new DerivedFile(file);
    }

    /** The stored table; empty when there is none or it cannot be trusted. */
    Optional<ModelChangeTable> read() {
        try {
            return file.read().map(HistoryIndexFile::parse);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ModelChangeTable parse(ByteBuffer in) {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IllegalArgumentException("not a history index of this version");
        }
        String[] names = new String[count(in)];
        for (int i = 0; i < names.length; i++) {
            byte[] name = new byte[count(in)];
            in.get(name);
            names[i] = new String(name, StandardCharsets.UTF_8);
        }
        int models = names.length;
        int commits = count(in);
        ModelChangeTable table = new ModelChangeTable(CommitTexts.read(in, commits));
        for (String name : names) {
            table.internModel(name);
        }
        byte[] id = new byte[CommitIds.LENGTH];
        for (int position = 0; position < commits; position++) {
            in.get(id);
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
            table.add(id, time, parents, changes, null);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("inconsistent history index");
        }
        return table;
    }

    /**
     * A count or length, which cannot exceed the bytes left.
     *
     * @throws IllegalArgumentException when it does, or is negative
     */
    static int count(ByteBuffer in) {
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
        file.write(out -> writeTable(out, table));
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
        table.texts().write(out);
        byte[] id = new byte[CommitIds.LENGTH];
        for (int position = 0; position < table.size(); position++) {
            table.copyId(position, id);
            out.write(id);
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
}
