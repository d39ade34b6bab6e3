package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * The OS lock of {@code <git dir>/model-registry/write-service} that the host of a registry's
 * write service holds for its whole life, so that the OS releases it only when the host has closed
 * its service or died. One channel per file and process: on POSIX systems closing any channel of a
 * file drops every lock the process holds on it, so the endpoints of one process share a channel,
 * counted, and close it when the last one is done.
 */
final class WriteServiceLock {

    private static final Map<Path, WriteServiceLock> OPEN = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private int users;
    private FileLock held;
    private Object holder;

    private WriteServiceLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** The shared lock of {@code file}, opened (and its directory made) when no endpoint of this process has it. */
    static WriteServiceLock open(Path file) throws IOException {
        synchronized (OPEN) {
            WriteServiceLock lock = OPEN.get(file);
            if (lock == null) {
                if (!Files.isDirectory(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                lock = new WriteServiceLock(file, FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE));
                OPEN.put(file, lock);
            }
            lock.users++;
            return lock;
        }
    }

    /**
     * Takes the lock for {@code owner} if no process holds it, for the owner to host the service;
     * false when another process or another endpoint of this one holds it.
     */
    boolean tryTake(Object owner) throws IOException {
        synchronized (OPEN) {
            if (held != null) {
                return false;
            }
            try {
                held = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return false;
            }
            if (held != null) {
                holder = owner;
            }
            return held != null;
        }
    }

    /** True while an endpoint of this process other than {@code owner} holds the lock. */
    boolean heldByAnother(Object owner) {
        synchronized (OPEN) {
            return held != null && holder != owner;
        }
    }

    /** Lets another host take the lock, if {@code owner} holds it; another endpoint's lock stays. */
    void release(Object owner) {
        synchronized (OPEN) {
            if (held != null && holder == owner) {
                try {
                    held.release();
                } catch (IOException e) {
                    // the channel is gone, and with it the lock
                }
                held = null;
                holder = null;
            }
        }
    }

    /** Ends one endpoint's use; the last one closes the channel, which releases the lock. */
    void close() {
        synchronized (OPEN) {
            if (--users == 0) {
                OPEN.remove(file);
                held = null;
                holder = null;
                try {
                    channel.close();
                } catch (IOException e) {
                    // nothing is left to release
                }
            }
        }
    }
}
