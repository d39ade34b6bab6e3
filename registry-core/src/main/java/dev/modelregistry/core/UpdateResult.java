package dev.modelregistry.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a metadata update of a version or a model.
 *
 * @param <T> what was updated: a {@link dev.modelregistry.core.card.ModelCard} or a
 *        {@link dev.modelregistry.core.card.RegisteredModel}
 * @param value the updated card or model, as it is now
 * @param changed the names of the fields that changed, as in the YAML file; empty when none did
 * @param commitId the commit that made the change; empty when nothing changed
 */
public record UpdateResult<T>(T value, List<String> changed, Optional<String> commitId) {

    /** Refuses nulls and copies the list. */
    public UpdateResult {
        Objects.requireNonNull(value, "value");
        changed = List.copyOf(changed);
        Objects.requireNonNull(commitId, "commitId");
    }

    /** This result, made by {@code commit}. */
    UpdateResult<T> withCommitId(Optional<String> commit) {
        return new UpdateResult<>(value, changed, commit);
    }
}
