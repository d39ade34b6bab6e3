package dev.modelregistry.core.git;

import java.util.Objects;

/**
 * What a write operation decided on one head: the result to return and, unless nothing needs to
 * change, the file edits and message of the one commit to make.
 */
public record WritePlan<R>(R result, TreeEdits edits, CommitMessage message) {

    /** A plan that changes nothing (for example a repeated, idempotent registration). */
    public static <R> WritePlan<R> unchanged(R result) {
        return new WritePlan<>(result, new TreeEdits(), null);
    }

    /** A plan that makes one commit. */
    public static <R> WritePlan<R> commit(R result, TreeEdits edits, CommitMessage message) {
        Objects.requireNonNull(message, "message");
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a commit plan needs edits");
        }
        return new WritePlan<>(result, edits, message);
    }

    /** True when the plan makes a commit. */
    public boolean changes() {
        return message != null;
    }
}
