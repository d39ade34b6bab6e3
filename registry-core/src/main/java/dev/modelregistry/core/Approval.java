package dev.modelregistry.core;

import java.time.Instant;
import java.util.Objects;

/**
 * Who approved a change by merging it into the registry branch, and when: read from the merge
 * commit on the branch's first-parent chain through which the change's commit arrived.
 *
 * @param approver the merge commit's author, as {@code Name <email>}: the person who merged (on
 *        GitHub, who pressed the merge button; the committer there is GitHub itself)
 * @param time the merge commit's commit time: when the change landed on the registry branch
 * @param mergeCommitId the merge commit, as 40 hex digits
 */
public record Approval(String approver, Instant time, String mergeCommitId) {

    /** Requires every component. */
    public Approval {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(mergeCommitId, "mergeCommitId");
    }
}
