package dev.modelregistry.core.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The file changes one write makes, in order: files to put and paths (files or whole
 * directories) to delete. Paths are slash-separated and relative to the repository root.
 */
public final class TreeEdits {

    /** One change to the tree. */
    public sealed interface Edit {
        /** The slash-separated path the edit applies to. */
        String path();
    }

    /** Writes {@code content} as a regular file at {@code path}, replacing what was there. */
    public record Put(String path, byte[] content) implements Edit {
        /** Checks the path and keeps the content as given. */
        public Put {
            checkPath(path);
            Objects.requireNonNull(content, "content");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Put put && put.path.equals(path) && Arrays.equals(put.content, content);
        }

        @Override
        public int hashCode() {
            return 31 * path.hashCode() + Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Put[" + path + ", " + content.length + " bytes]";
        }
    }

    /** Removes the file or the whole directory at {@code path}; nothing there is not an error. */
    public record Delete(String path) implements Edit {
        /** Checks the path. */
        public Delete {
            checkPath(path);
        }
    }

    private final List<Edit> edits = new ArrayList<>();

    /** Adds a file write. */
    public TreeEdits put(String path, byte[] content) {
        edits.add(new Put(path, content));
        return this;
    }

    /** Adds a deletion of a file or directory. */
    public TreeEdits delete(String path) {
        edits.add(new Delete(path));
        return this;
    }

    /** The edits in the order they were added. */
    public List<Edit> edits() {
        return List.copyOf(edits);
    }

    /** True when there is nothing to change. */
    public boolean isEmpty() {
        return edits.isEmpty();
    }

    private static void checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("not a relative file path: '" + path + "'");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("bad path segment in '" + path + "'");
            }
        }
    }
}
