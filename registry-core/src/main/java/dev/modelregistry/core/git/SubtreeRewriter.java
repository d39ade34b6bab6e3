package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

/**
 * Applies {@link TreeEdits} to a tree by rewriting only the trees on the edited paths; every
 * other subtree is reused by id. No index and no working tree are involved. Entry names are kept
 * as raw bytes, so entries whose names are not UTF-8 pass through unchanged.
 */
final class SubtreeRewriter {

    private final ObjectReader reader;
    private final ObjectInserter inserter;

    SubtreeRewriter(ObjectReader reader, ObjectInserter inserter) {
        this.reader = reader;
        this.inserter = inserter;
    }

    /**
     * Returns the id of the edited tree; {@code baseTree} may be null for an empty repository.
     * An edit that leaves a directory empty removes it, as Git has no empty directories.
     */
    ObjectId apply(ObjectId baseTree, TreeEdits edits) throws IOException {
        PathNode root = new PathNode();
        for (TreeEdits.Edit edit : edits.edits()) {
            PathNode node = root;
            for (String segment : edit.path().split("/")) {
                node = node.child(rawKey(segment.getBytes(StandardCharsets.UTF_8)));
            }
            if (edit instanceof TreeEdits.Put put) {
                node.replaceWithFile(inserter.insert(Constants.OBJ_BLOB, put.content()));
            } else {
                node.markDeleted();
            }
        }
        ObjectId result = rewrite(baseTree, root);
        return result != null ? result : inserter.insert(new TreeFormatter());
    }

    private ObjectId rewrite(ObjectId treeId, PathNode node) throws IOException {
        Map<String, Entry> entries = treeId == null ? new TreeMap<>() : readEntries(treeId);
        for (Map.Entry<String, PathNode> change : node.children.entrySet()) {
            String name = change.getKey();
            PathNode child = change.getValue();
            Entry existing = entries.remove(name);
            if (child.blob != null) {
                entries.put(name, new Entry(rawBytes(name), FileMode.REGULAR_FILE, child.blob));
                continue;
            }
            if (child.children.isEmpty()) {
                continue;
            }
            ObjectId base = !child.deleted && existing != null && existing.mode == FileMode.TREE ? existing.id : null;
            ObjectId rewritten = rewrite(base, child);
            if (rewritten != null) {
                entries.put(name, new Entry(rawBytes(name), FileMode.TREE, rewritten));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        return inserter.insert(format(entries));
    }

    private Map<String, Entry> readEntries(ObjectId treeId) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        CanonicalTreeParser parser = new CanonicalTreeParser(null, reader, treeId);
        for (; !parser.eof(); parser.next()) {
            byte[] name = new byte[parser.getNameLength()];
            parser.getName(name, 0);
            entries.put(rawKey(name), new Entry(name, parser.getEntryFileMode(), parser.getEntryObjectId()));
        }
        return entries;
    }

    private static TreeFormatter format(Map<String, Entry> entries) {
        Entry[] sorted = entries.values().toArray(Entry[]::new);
        Arrays.sort(sorted, SubtreeRewriter::gitOrder);
        TreeFormatter formatter = new TreeFormatter(sorted.length * 60);
        for (Entry entry : sorted) {
            formatter.append(entry.name, entry.mode, entry.id);
        }
        return formatter;
    }

    /**
     * Git sorts tree entries by name bytes, comparing a tree's name as if it ended in '/'. Names
     * hold no '/', so two names that agree up to the shorter one's end are ordered by the next
     * byte of the longer one against the shorter one's '/' (a tree) or end (a file).
     */
    private static int gitOrder(Entry a, Entry b) {
        int common = Math.min(a.name.length, b.name.length);
        int mismatch = Arrays.mismatch(a.name, 0, common, b.name, 0, common);
        if (mismatch >= 0) {
            return Byte.compareUnsigned(a.name[mismatch], b.name[mismatch]);
        }
        return Integer.compare(a.byteAfter(common), b.byteAfter(common));
    }

    /** A map key that stands for a name's raw bytes one to one. */
    private static String rawKey(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private static byte[] rawBytes(String key) {
        return key.getBytes(StandardCharsets.ISO_8859_1);
    }

    private record Entry(byte[] name, FileMode mode, ObjectId id) {
        /** The byte at {@code index} of the name as Git sorts it: '/' just past a tree's name, -1 past a file's. */
        int byteAfter(int index) {
            if (index < name.length) {
                return name[index] & 0xff;
            }
            return mode == FileMode.TREE ? '/' : -1;
        }
    }

    /** The edits below one path segment. */
    private static final class PathNode {
        private final Map<String, PathNode> children = new TreeMap<>();
        private ObjectId blob;
        private boolean deleted;

        PathNode child(String segment) {
            blob = null;
            return children.computeIfAbsent(segment, s -> new PathNode());
        }

        void replaceWithFile(ObjectId id) {
            children.clear();
            deleted = true;
            blob = id;
        }

        void markDeleted() {
            children.clear();
            deleted = true;
            blob = null;
        }
    }
}
