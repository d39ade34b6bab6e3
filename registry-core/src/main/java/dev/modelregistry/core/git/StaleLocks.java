package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;

/**
 * Finds ref lock files that a killed process left behind and removes them once they are older
 * than the limit, so that a crash never blocks the registry for good. Live locks are held for
 * milliseconds and are never old enough to be taken.
 */
final class StaleLocks {

    private final List<Path> candidates;
    private final Duration maxAge;
    private final Clock clock;
    private final RegistryListener listener;

    StaleLocks(Path gitDir, String refName, Duration maxAge, Clock clock, RegistryListener listener) {
        this.candidates = List.of(
                gitDir.resolve(refName + ".lock"),
                gitDir.resolve("packed-refs.lock"),
                gitDir.resolve("reftable").resolve("tables.list.lock"));
        this.maxAge = maxAge;
        this.clock = clock;
        this.listener = listener;
    }

    /** Removes every stale lock; returns true when one was removed. */
    boolean recover() throws IOException {
        boolean removed = false;
        for (Path lock : candidates) {
            Duration age;
            try {
                age = Duration.between(Files.getLastModifiedTime(lock).toInstant(), clock.instant());
            } catch (NoSuchFileException gone) {
                continue;
            }
            if (age.compareTo(maxAge) > 0 && removeIfStillStale(lock)) {
                listener.onEvent(new RegistryEvent.StaleLockRemoved(lock, age));
                removed = true;
            }
        }
        return removed;
    }

    /**
     * Moves the lock aside atomically before deleting it, so that a lock another process took
     * between our look and our removal is put back instead of being stolen.
     */
    private boolean removeIfStillStale(Path lock) throws IOException {
        Path aside = lock.resolveSibling(lock.getFileName() + ".stale-" + UUID.randomUUID());
        try {
            Files.move(lock, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return false;
        }
        Duration age = Duration.between(Files.getLastModifiedTime(aside).toInstant(), clock.instant());
        if (age.compareTo(maxAge) > 0) {
            Files.delete(aside);
            return true;
        }
        try {
            Files.move(aside, lock, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException taken) {
            Files.delete(aside);
        }
        return false;
    }
}
