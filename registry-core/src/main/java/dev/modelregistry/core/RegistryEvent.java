package dev.modelregistry.core;

import java.nio.file.Path;
import java.time.Duration;

/** Something the registry reports while it works; a {@link RegistryListener} receives these. */
public sealed interface RegistryEvent {

    /** A write lost the race for the branch (or found it locked) and runs again after a pause. */
    record Retrying(String operation, int attempt, Duration pause, String cause) implements RegistryEvent {
    }

    /** A lock file left behind by a dead process was older than the limit and was removed. */
    record StaleLockRemoved(Path lockFile, Duration age) implements RegistryEvent {
    }

    /** A write landed as one commit on the registry branch. */
    record Committed(String commitId, String subject) implements RegistryEvent {
    }

    /** A long operation has done {@code done} of {@code total} units of work. */
    record Progress(String task, long done, long total) implements RegistryEvent {
    }
}
