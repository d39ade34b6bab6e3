package dev.modelregistry.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.domain.VersionId;

/**
 * The outcome of a cleanup.
 *
 * @param removed the versions removed, or on a dry run those that would be
 * @param kept the versions kept, each with the reason
 * @param dryRun true when nothing was written on purpose
 * @param commitId the commit that removed the versions; empty on a dry run or when none was old enough
 */
public record CleanupResult(List<VersionId> removed, List<KeptVersion> kept, boolean dryRun,
        Optional<String> commitId) {

    /** Copies the lists and refuses nulls. */
    public CleanupResult {
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        Objects.requireNonNull(commitId, "commitId");
    }

    /** This result, made by {@code commit}. */
    CleanupResult withCommitId(Optional<String> commit) {
        return new CleanupResult(removed, kept, dryRun, commit);
    }
}
