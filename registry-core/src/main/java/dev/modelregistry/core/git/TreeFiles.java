package dev.modelregistry.core.git;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * The blob of a named regular file directly inside a tree, for the trees looked into lately. A
 * tree id is the hash of the tree's entries, so what is kept here is true in any repository and
 * at any commit: a writer that reads a model's version directories again and again reads only the
 * trees it has not seen. It holds at most {@value #CAPACITY} answers, dropping the least recently
 * used.
 */
final class TreeFiles {

    private static final int CAPACITY = 65_536;

    private static final Map<Key, Optional<ObjectId>> FILES = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<ObjectId>> eldest) {
            return size() > CAPACITY;
        }
    };

    private TreeFiles() {
    }

    /** The kept answer for the file {@code name} in {@code tree}, if it was looked up lately. */
    static Optional<Optional<ObjectId>> kept(ObjectId tree, String name) {
        synchronized (FILES) {
            return Optional.ofNullable(FILES.get(new Key(tree, name)));
        }
    }

    /** Keeps {@code blob} as the answer for the file {@code name} in {@code tree}. */
    static void keep(ObjectId tree, String name, Optional<ObjectId> blob) {
        synchronized (FILES) {
            FILES.put(new Key(tree.copy(), name), blob.map(ObjectId::copy));
        }
    }

    private record Key(ObjectId tree, String name) {
    }
}
