package dev.modelregistry.core.git;

import java.util.Objects;

/**
 * What a write operation decided on one head: the result to return and, unless nothing needs to
 * change, the file edits and message of the one commit to make, and whether that commit is
 * proposed for review rather than landed on the registry branch.
 */
public record WritePlan<R>(R result, TreeEdits edits, CommitMessage message, boolean review) {

    /** A plan that changes nothing (for example a repeated, idempotent registration). */
    public static <R> WritePlan<R> unchanged(R result) {
        return new WritePlan<>(result, new TreeEdits(), null, false);
    }

    /** A plan that makes one commit. */
    public static <R> WritePlan<R> commit(R result, TreeEdits edits, CommitMessage message) {
        Objects.requireNonNull(message, "message");
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a commit plan needs edits");
        }
        return new WritePlan<>(result, edits, message, false);
    }

    /** This plan, its commit proposed for review on a remote registry; a plan that changes nothing stays as it is. */
    public WritePlan<R> forReview() {
        return changes() ? new WritePlan<>(result, edits, message, true) : this;
    }

    /** True when the plan makes a commit. */
    public boolean changes() {
        return message != null;
    }
}
