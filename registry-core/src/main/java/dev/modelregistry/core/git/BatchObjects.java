package dev.modelregistry.core.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * The objects that one attempt at a batch of writes has made so far, kept in memory so that each
 * write of the batch reads what the writes before it wrote (the trees of its model above all)
 * without opening and inflating their files again, even while an {@link ObjectStorer} still
 * writes them. A reader that finds one here reads what it would read from the repository once the
 * object is in place, and the branch moves only then.
 */
final class BatchObjects {

    /** One stored object: its type and content. */
    private record Stored(int type, byte[] content) {
    }

    private final Map<ObjectId, Stored> stored = new HashMap<>();

    /** Keeps the object {@code id} with a copy of its content, and returns that copy, which nothing changes. */
    byte[] add(ObjectId id, int type, byte[] data, int offset, int length) {
        byte[] content = new byte[length];
        System.arraycopy(data, offset, content, 0, length);
        stored.put(id.copy(), new Stored(type, content));
        return content;
    }

    /** {@code reader}, reading the objects kept here from memory and every other one through it. */
    ObjectReader over(ObjectReader reader) {
        return new ObjectReader.Filter() {
            @Override
            protected ObjectReader delegate() {
                return reader;
            }

            @Override
            public boolean has(AnyObjectId id) throws IOException {
                return stored.containsKey(id) || reader.has(id);
            }

            @Override
            public ObjectLoader open(AnyObjectId id, int typeHint) throws IOException {
                Stored object = stored.get(id);
                if (object == null || typeHint != OBJ_ANY && typeHint != object.type()) {
                    return reader.open(id, typeHint);
                }
                return new ObjectLoader.SmallObject(object.type(), object.content());
            }

            @Override
            public long getObjectSize(AnyObjectId id, int typeHint) throws IOException {
                Stored object = stored.get(id);
                if (object == null || typeHint != OBJ_ANY && typeHint != object.type()) {
                    return reader.getObjectSize(id, typeHint);
                }
                return object.content().length;
            }
        };
    }
}
