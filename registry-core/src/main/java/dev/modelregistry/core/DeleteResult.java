package dev.modelregistry.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.VersionId;

/**
 * The outcome of a deletion.
 *
 * @param removed the versions whose files were removed
 * @param removedAliases the aliases removed with them
 * @param forced true when force overrode a protected stage
 * @param commitId the commit that removed them
 */
public record DeleteResult(List<VersionId> removed, List<AliasName> removedAliases, boolean forced,
        Optional<String> commitId) {

    /** Copies the lists and refuses nulls. */
    public DeleteResult {
        removed = List.copyOf(removed);
        removedAliases = List.copyOf(removedAliases);
        Objects.requireNonNull(commitId, "commitId");
    }

    /** This result, made by {@code commit}. */
    DeleteResult withCommitId(Optional<String> commit) {
        return new DeleteResult(removed, removedAliases, forced, commit);
    }
}
