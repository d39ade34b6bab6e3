package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Empty files created ahead of a write, so that creating them (the costliest step of writing a
 * small file on many file systems) happens before the writer takes its turn, while another writer
 * holds it. The turn only fills a file and links or renames it into place. A write reserves as
 * many as the last write that used any; the files it did not use wait for the next one, and
 * {@link #close} deletes them. Each file is written through the channel opened when it was
 * created, so a read-only file (mode 0444 where the file system has POSIX permissions, as Git
 * keeps loose objects) can still be filled. A writer removes the files older than an hour, which
 * only a dead process leaves (or one idle that long; its write then uses new ones), when it first
 * writes and then at most hourly.
 */
final class AheadFiles implements AutoCloseable {

    /** The most files one write reserves ahead. */
    private static final int MOST_AHEAD = 32;

    /** How old a file must be before another process takes it for one that a dead writer left. */
    private static final Duration STALE_AGE = Duration.ofHours(1);

    private final Path directory;
    private final String prefix;
    private final boolean readOnly;
    private final Deque<AheadFile> spare = new ArrayDeque<>();
    private int lastUsed;
    private Instant lastSweep;
    private boolean closed;

    /**
     * Files named {@code prefix} and a random suffix in {@code directory} (created when missing),
     * read-only or not; a first write reserves {@code firstGuess}.
     */
    AheadFiles(Path directory, String prefix, boolean readOnly, int firstGuess) {
        this.directory = directory;
        this.prefix = prefix;
        this.readOnly = readOnly;
        this.lastUsed = firstGuess;
    }

    /** One created file, open for writing until it is filled. */
    record AheadFile(Path path, FileChannel channel) {
        /** Writes {@code content} as the whole file and closes it, forced to disk first when {@code fsync}. */
        void fill(byte[] content, boolean fsync) throws IOException {
            try (channel) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (fsync) {
                    channel.force(true);
                }
            }
        }

        /** Closes the channel and deletes the file. */
        void discard() throws IOException {
            channel.close();
            Files.deleteIfExists(path);
        }

        /** {@link #discard}, leaving a file that cannot be deleted to a later writer's sweep. */
        void discardQuietly() {
            try {
                discard();
            } catch (IOException e) {
                // a file left behind is removed as stale by a later writer
            }
        }
    }

    /** The files one write may use: those reserved ahead, then new ones. */
    final class Reserved {
        private final Deque<AheadFile> files;
        private final List<Path> linked = new ArrayList<>();
        private int used;

        private Reserved(Deque<AheadFile> files) {
            this.files = files;
        }

        /** A file to write, reserved or new; the caller links, renames or discards it. */
        AheadFile take() throws IOException {
            used++;
            AheadFile file = files.pollFirst();
            return file != null ? file : create();
        }

        /** A file created now, never one reserved before. */
        AheadFile createNow() throws IOException {
            return create();
        }

        /** Marks the first name of a file now linked under another name, to be removed by {@link #release}. */
        void removeAfterWrite(Path file) {
            linked.add(file);
        }

        /** Gives back the files this write did not use, and removes the first names of those it linked; once. */
        void release() {
            AheadFiles.this.release(new ArrayDeque<>(files), used);
            files.clear();
            for (Path file : linked) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a name left behind is removed as stale by a later writer; the file keeps its other name
                }
            }
            linked.clear();
        }
    }

    /**
     * Reserves as many files as the last write used, creating those that are not spare; when the
     * directory cannot take them, the write creates its files as it goes instead, and reports why.
     */
    Reserved reserve() {
        Deque<AheadFile> files = new ArrayDeque<>();
        int wanted;
        synchronized (this) {
            wanted = Math.min(lastUsed, MOST_AHEAD);
            while (files.size() < wanted && !spare.isEmpty()) {
                files.add(spare.pollFirst());
            }
        }
        try {
            sweepStale();
            while (files.size() < wanted) {
                files.add(create());
            }
        } catch (IOException e) {
            // the write creates what it needs in its turn, where a failure stops it with the cause
        }
        return new Reserved(files);
    }

    private synchronized void release(Deque<AheadFile> unused, int used) {
        if (used > 0) {
            lastUsed = used;
        }
        if (closed) {
            unused.forEach(AheadFile::discardQuietly);
            return;
        }
        spare.addAll(unused);
    }

    private AheadFile create() throws IOException {
        Path path = directory.resolve(prefix + UUID.randomUUID());
        try {
            return open(path);
        } catch (NoSuchFileException noDirectoryYet) {
            Files.createDirectories(directory);
            return open(path);
        }
    }

    private AheadFile open(Path path) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = readOnly && path.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r--r--r--"))}
                : new FileAttribute<?>[0];
        return new AheadFile(path, FileChannel.open(path, options, attributes));
    }

    /** Removes the files that writers which died left behind: at the first write, then at most once an hour. */
    private void sweepStale() throws IOException {
        synchronized (this) {
            Instant now = Instant.now();
            if (lastSweep != null && Duration.between(lastSweep, now).compareTo(STALE_AGE) < 0) {
                return;
            }
            lastSweep = now;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*")) {
            for (Path file : files) {
                if (isStale(file)) {
                    stale.add(file);
                }
            }
        } catch (NoSuchFileException noDirectoryYet) {
            return;
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isStale(Path file) throws IOException {
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return Duration.between(modified, Instant.now()).compareTo(STALE_AGE) > 0;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    /** Deletes the spare files; writes reserved before still finish, and give theirs back to be deleted. */
    @Override
    public synchronized void close() {
        closed = true;
        spare.forEach(AheadFile::discardQuietly);
        spare.clear();
    }
}
