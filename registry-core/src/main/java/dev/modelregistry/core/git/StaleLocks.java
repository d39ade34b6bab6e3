package dev.modelregistry.core.git;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryListener;

/**
 * Finds ref lock files that a killed process left behind and removes them once they are older
 * than the limit, so that a crash never blocks the registry for good. Live locks are held for
 * milliseconds and are never old enough to be taken.
 *
 * <p>Ages are measured against the wall clock, never an injected one, since they are compared with
 * file times. Removers take turns through a guard file created exclusively: Git and JGit create a
 * lock only where none exists, so a lock seen old under the guard is still the same old lock
 * when it is deleted.
 */
final class StaleLocks {

    private final List<Path> candidates;
    private final Path guard;
    private final Duration maxAge;
    private final RegistryListener listener;

    StaleLocks(Path gitDir, String refName, Duration maxAge, RegistryListener listener) {
        this.candidates = List.of(
                gitDir.resolve(refName + ".lock"),
                gitDir.resolve("packed-refs.lock"),
                gitDir.resolve("reftable").resolve("tables.list.lock"));
        this.guard = gitDir.resolve("model-registry-lock-recovery");
        this.maxAge = maxAge;
        this.listener = listener;
    }

    /** Removes every stale lock; returns true when one was removed. */
    boolean recover() throws IOException {
        boolean removed = false;
        for (Path lock : candidates) {
            if (isStale(lock) && removeUnderGuard(lock)) {
                removed = true;
            }
        }
        return removed;
    }

    private boolean removeUnderGuard(Path lock) throws IOException {
        if (isStale(guard)) {
            Files.deleteIfExists(guard);
        }
        try {
            Files.createFile(guard);
        } catch (FileAlreadyExistsException busy) {
            return false;
        }
        try {
            Optional<Duration> age = age(lock);
            if (age.isPresent() && age.get().compareTo(maxAge) > 0 && Files.deleteIfExists(lock)) {
                listener.onEvent(new RegistryEvent.StaleLockRemoved(lock, age.get()));
                return true;
            }
            return false;
        } finally {
            Files.deleteIfExists(guard);
        }
    }

    private boolean isStale(Path file) throws IOException {
        return age(file).map(age -> age.compareTo(maxAge) > 0).orElse(false);
    }

    private static Optional<Duration> age(Path file) throws IOException {
        try {
            return Optional.of(Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
    }
}
