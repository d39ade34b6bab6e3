package dev.modelregistry.core;

import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;

/**
 * The outcome of setting or removing an alias.
 *
 * @param model the model whose alias it is
 * @param alias the alias
 * @param version where the alias points now; empty after a removal
 * @param previous where it pointed before; empty when it is new
 * @param commitId the commit that made the change; empty when the alias already pointed there
 */
public record AliasResult(ModelName model, AliasName alias, Optional<Version> version, Optional<Version> previous,
        Optional<String> commitId) {

    /** Refuses nulls. */
    public AliasResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(commitId, "commitId");
    }

    /** This result, made by {@code commit}. */
    AliasResult withCommitId(Optional<String> commit) {
        return new AliasResult(model, alias, version, previous, commit);
    }
}
