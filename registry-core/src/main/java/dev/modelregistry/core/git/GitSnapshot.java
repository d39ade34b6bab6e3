package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;

import dev.modelregistry.core.RegistryInternalException;

/**
 * The files of the registry branch at one commit, read straight from the object database.
 * An empty registry (a branch with no commit yet) has no files.
 */
public final class GitSnapshot {

    /** A file in the snapshot: its path, blob id and size, readable on demand. */
    public record FileEntry(String path, ObjectId blobId, long size) {
    }

    /** One entry of a directory: its name (not its path) and what it is. */
    public record DirectoryEntry(String name, EntryKind kind) {
    }

    /** What a directory entry is. */
    public enum EntryKind {
        /** A regular or executable file, readable with {@link GitSnapshot#file}. */
        FILE,
        /** A subdirectory. */
        DIRECTORY,
        /** A symbolic link or a submodule. */
        OTHER
    }

    private final Supplier<ObjectReader> reader;
    private final ObjectId commitId;
    private RevCommit commit;
    /** The tree of each directory path looked up in this snapshot, empty where there is none. */
    private final Map<String, Optional<ObjectId>> directoryTrees = new HashMap<>();

    /**
     * The snapshot of {@code commitId} (null: an empty registry), whose commit is read on first
     * use; {@code reader} is asked for the object reader only when something is read from Git.
     */
    GitSnapshot(Supplier<ObjectReader> reader, ObjectId commitId) {
        this.reader = reader;
        this.commitId = commitId == null ? null : commitId.copy();
    }

    /** The snapshot of {@code commit}, already parsed. */
    GitSnapshot(ObjectReader reader, RevCommit commit) {
        this(() -> reader, (ObjectId) commit);
        this.commit = commit;
    }

    /** The id of the commit this snapshot shows, without reading it; empty for a registry with no commit yet. */
    public Optional<ObjectId> commitId() {
        return Optional.ofNullable(commitId);
    }

    /** The commit this snapshot shows, empty for a registry with no commit yet. */
    public Optional<RevCommit> commit() {
        return Optional.ofNullable(commitId == null ? null : parsed());
    }

    /** The commit, read on first use. */
    private RevCommit parsed() {
        if (commit == null) {
            try (RevWalk walk = new RevWalk(reader.get())) {
                commit = walk.parseCommit(commitId);
            } catch (IOException e) {
                throw new RegistryInternalException("Cannot read commit " + commitId.name() + ": " + e.getMessage(), e);
            }
        }
        return commit;
    }

    /** The file at {@code path}, if there is a regular file there. */
    public Optional<FileEntry> file(String path) {
        if (commitId == null) {
            return Optional.empty();
        }
        try {
            ObjectId directory = treeAt(parentOf(path));
            Optional<ObjectId> blob = directory == null ? Optional.empty() : fileIn(directory, nameOf(path));
            if (blob.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FileEntry(path, blob.get(), reader.get().getObjectSize(blob.get(), Constants.OBJ_BLOB)));
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read '" + path + "' at " + commitId.name(), e);
        }
    }

    /** The bytes of a file; the caller checks {@link FileEntry#size()} against its limit first. */
    public byte[] read(FileEntry file) {
        try {
            return reader.get().open(file.blobId(), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read '" + file.path() + "'", e);
        }
    }

    /** The names of the subdirectories of {@code path} ("" for the root), in Git's order. */
    public List<String> directories(String path) {
        List<String> names = new ArrayList<>();
        for (DirectoryEntry entry : entries(path)) {
            if (entry.kind() == EntryKind.DIRECTORY) {
                names.add(entry.name());
            }
        }
        return names;
    }

    /**
     * The first subdirectory of {@code path} whose name, lower-cased ({@link Locale#ROOT}), is
     * {@code lowerCaseName}. Names of ASCII bytes are compared as bytes, without making a string
     * of every name.
     */
    public Optional<String> directoryIgnoringCase(String path, String lowerCaseName) {
        byte[] wanted = lowerCaseName.getBytes(StandardCharsets.UTF_8);
        for (CanonicalTreeParser parser = parserAt(path); parser != null && !parser.eof(); parser.next()) {
            if (FileMode.TREE.equals(parser.getEntryRawMode()) && (asciiEqualIgnoringCase(parser, wanted)
                    || !isAscii(parser) && parser.getEntryPathString().toLowerCase(Locale.ROOT).equals(lowerCaseName))) {
                return Optional.of(parser.getEntryPathString());
            }
        }
        return Optional.empty();
    }

    private static boolean asciiEqualIgnoringCase(CanonicalTreeParser parser, byte[] lowerCase) {
        if (parser.getNameLength() != lowerCase.length) {
            return false;
        }
        byte[] name = parser.getEntryPathBuffer();
        int offset = parser.getNameOffset();
        for (int i = 0; i < lowerCase.length; i++) {
            int b = name[offset + i];
            if ((b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b) != lowerCase[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(CanonicalTreeParser parser) {
        byte[] name = parser.getEntryPathBuffer();
        for (int i = parser.getNameOffset(); i < parser.getNameOffset() + parser.getNameLength(); i++) {
            if (name[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Everything directly inside the directory {@code path} ("" for the root), in Git's order;
     * empty when there is no such directory.
     */
    public List<DirectoryEntry> entries(String path) {
        List<DirectoryEntry> entries = new ArrayList<>();
        for (CanonicalTreeParser parser = parserAt(path); parser != null && !parser.eof(); parser.next()) {
            entries.add(new DirectoryEntry(parser.getEntryPathString(), kindOf(parser.getEntryRawMode())));
        }
        return entries;
    }

    /**
     * The tree id of each subdirectory of {@code path} ("" for the root), keyed by its name, in
     * Git's order; empty when there is no such directory. Equal ids mean equal contents.
     */
    public Map<String, ObjectId> subdirectoryTrees(String path) {
        Map<String, ObjectId> trees = new LinkedHashMap<>();
        for (CanonicalTreeParser dir = parserAt(path); dir != null && !dir.eof(); dir.next()) {
            if (FileMode.TREE.equals(dir.getEntryRawMode())) {
                trees.put(dir.getEntryPathString(), dir.getEntryObjectId());
            }
        }
        return trees;
    }

    /** The tree id of the directory {@code path} ("" for the root), if there is one. */
    public Optional<ObjectId> treeId(String path) {
        try {
            return commitId == null ? Optional.empty() : Optional.ofNullable(treeAt(path));
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read '" + path + "' at " + commitId.name(), e);
        }
    }

    private CanonicalTreeParser parserAt(String path) {
        try {
            ObjectId tree = commitId == null ? null : treeAt(path);
            return tree == null ? null : new CanonicalTreeParser(null, reader.get(), tree);
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot list '" + path + "' at " + commitId.name(), e);
        }
    }

    /**
     * The blob of the regular file {@code fileName} inside each subdirectory of {@code path}, keyed
     * by the subdirectory's name, in Git's order; subdirectories without it are left out. One pass
     * over the directory's tree, rather than a look-up from the root for each file; {@link #file}
     * gives a blob's size.
     */
    public Map<String, ObjectId> blobsInSubdirectories(String path, String fileName) {
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, ObjectId> dir : subdirectoryTrees(path).entrySet()) {
                fileIn(dir.getValue(), fileName).ifPresent(blob -> blobs.put(dir.getKey(), blob));
            }
            return blobs;
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot list '" + path + "' at " + commitId.name(), e);
        }
    }

    /** The file at {@code path} whose blob is {@code blob}, as {@link #blobsInSubdirectories} found it, with its size. */
    public FileEntry file(String path, ObjectId blob) {
        try {
            return new FileEntry(path, blob, reader.get().getObjectSize(blob, Constants.OBJ_BLOB));
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read '" + path + "' at " + commitId.name(), e);
        }
    }

    /** The blob of the regular file {@code fileName} directly in {@code tree}, if there is one. */
    private Optional<ObjectId> fileIn(ObjectId tree, String fileName) throws IOException {
        Optional<Optional<ObjectId>> kept = TreeFiles.kept(tree, fileName);
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<ObjectId> found = readFileIn(tree, fileName);
        TreeFiles.keep(tree, fileName, found);
        return found;
    }

    private Optional<ObjectId> readFileIn(ObjectId tree, String fileName) throws IOException {
        for (CanonicalTreeParser parser = new CanonicalTreeParser(null, reader.get(), tree); !parser.eof(); parser.next()) {
            int mode = parser.getEntryRawMode();
            if (parser.getEntryPathString().equals(fileName)
                    && (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode))) {
                return Optional.of(parser.getEntryObjectId());
            }
        }
        return Optional.empty();
    }

    private static EntryKind kindOf(int mode) {
        if (FileMode.TREE.equals(mode)) {
            return EntryKind.DIRECTORY;
        }
        if (FileMode.REGULAR_FILE.equals(mode) || FileMode.EXECUTABLE_FILE.equals(mode)) {
            return EntryKind.FILE;
        }
        return EntryKind.OTHER;
    }

    /** True when {@code path} is a directory in this snapshot. */
    public boolean isDirectory(String path) {
        return treeId(path).isPresent();
    }

    /**
     * Shows {@code visitor} the commits reachable from this snapshot's commit (every parent
     * followed), newest first by commit time, until it returns false; none for an empty registry.
     */
    public void history(Predicate<RevCommit> visitor) {
        if (commitId == null) {
            return;
        }
        try (RevWalk walk = new RevWalk(reader.get())) {
            walk.markStart(walk.parseCommit(commitId));
            for (RevCommit past : walk) {
                if (!visitor.test(past)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new RegistryInternalException("Cannot read the history of " + commitId.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tree of the directory {@code path} ("" for the root), or null when there is none. Each
     * directory on the way is looked up once per snapshot: a registration or a read asks for the
     * same model directory several times, and each lookup from the root scanned the entries of
     * {@code models} (10,000 at 10,000 models) again.
     */
    private ObjectId treeAt(String path) throws IOException {
        if (path.isEmpty()) {
            return parsed().getTree();
        }
        Optional<ObjectId> known = directoryTrees.get(path);
        if (known == null) {
            ObjectId parent = treeAt(parentOf(path));
            known = parent == null ? Optional.empty() : subdirectoryIn(parent, nameOf(path));
            directoryTrees.put(path, known);
        }
        return known.orElse(null);
    }

    /** The directory that holds {@code path}: "" for an entry of the root. */
    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The last name of {@code path}. */
    private static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The tree of the subdirectory {@code name} directly in {@code tree}, if there is one. */
    private Optional<ObjectId> subdirectoryIn(ObjectId tree, String name) throws IOException {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        byte[] entryName = new byte[wanted.length];
        for (CanonicalTreeParser parser = new CanonicalTreeParser(null, reader.get(), tree); !parser.eof(); parser.next()) {
            if (parser.getNameLength() == wanted.length && FileMode.TREE.equals(parser.getEntryRawMode())) {
                parser.getName(entryName, 0);
                if (Arrays.equals(entryName, wanted)) {
                    return Optional.of(parser.getEntryObjectId());
                }
            }
        }
        return Optional.empty();
    }
}
