package dev.modelregistry.core.git;

import java.util.Optional;

/**
 * The result of a write and where it went: the commit it made on the registry branch (empty when
 * nothing needed to change), or the review it was proposed for instead.
 */
public record WriteOutcome<R>(R result, Optional<String> commitId, Optional<ReviewRequest> review) {

    /** A write that landed on the registry branch, or changed nothing. */
    public WriteOutcome(R result, Optional<String> commitId) {
        this(result, commitId, Optional.empty());
    }
}
