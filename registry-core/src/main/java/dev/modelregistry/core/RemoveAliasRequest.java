package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;

/**
 * A request to remove an alias from a model. The version it pointed to stays.
 *
 * @param model the model whose alias it is
 * @param alias the alias to remove
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record RemoveAliasRequest(ModelName model, AliasName alias, String reason) {

    /** Refuses nulls and a reason that is not a single line. */
    public RemoveAliasRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Reasons.check(reason);
    }
}
