package dev.modelregistry.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import dev.modelregistry.core.git.ReviewRequest;

/** Something the registry reports while it works; a {@link RegistryListener} receives these. */
public sealed interface RegistryEvent {

    /** A write lost the race for the branch (or found it locked) and runs again after a pause. */
    record Retrying(String operation, int attempt, Duration pause, String cause) implements RegistryEvent {
    }

    /** A lock file left behind by a dead process was older than the limit and was removed. */
    record StaleLockRemoved(Path lockFile, Duration age) implements RegistryEvent {
    }

    /**
     * A write landed as one commit on the registry branch. It is told once the writer's turn has
     * ended, so a listener that takes its time keeps no other writer waiting.
     */
    record Committed(String commitId, String subject) implements RegistryEvent {
    }

    /**
     * A registration was handed to the process that writes for this local registry, which lands
     * it as its commit by this process's actor.
     *
     * @param model the model registered
     * @param requestId the id recorded in the commit's {@code Request-Id} trailer
     */
    record HandedOver(String model, String requestId) implements RegistryEvent {
    }

    /**
     * This process, which writes for its local registry, took a registration handed over by
     * another process and starts writing it.
     *
     * @param model the model registered
     * @param actor who asked, the commit's author
     * @param requestId the id recorded in the commit's {@code Request-Id} trailer
     */
    record WritingHandedOver(String model, String actor, String requestId) implements RegistryEvent {
    }

    /**
     * The branch of a remote registry was fetched into the local cache before a read or write.
     *
     * @param remote the remote, without credentials
     * @param branch the full branch name, such as {@code refs/heads/main}
     * @param head the remote head as 40 hex digits; empty when the remote has no such branch yet
     */
    record Fetched(String remote, String branch, Optional<String> head) implements RegistryEvent {
    }

    /**
     * A commit was pushed to a branch of a remote registry.
     *
     * @param remote the remote, without credentials
     * @param branch the full branch name, such as {@code refs/heads/main}
     * @param commitId the pushed commit, as 40 hex digits
     */
    record Pushed(String remote, String branch, String commitId) implements RegistryEvent {
    }

    /** A write was proposed for review: its commit is on a new branch of the remote, waiting for a pull request. */
    record ReviewRequested(ReviewRequest request) implements RegistryEvent {
    }

    /** A long operation has done {@code done} of {@code total} units of work. */
    record Progress(String task, long done, long total) implements RegistryEvent {
    }
}
