package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Selector;
import dev.modelregistry.core.domain.Version;

/**
 * A request to point an alias of a model at one of its versions, moving it if it points elsewhere.
 * The target is resolved once, when the alias is set: {@code churn@production} records the version
 * in production now, and the alias does not follow later promotions.
 *
 * @param model the model whose alias it is
 * @param alias the alias; it may not be a stage name of the registry
 * @param target the version to point at, a reference to a version of {@code model}
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record SetAliasRequest(ModelName model, AliasName alias, ModelReference target, String reason) {

    /** Refuses nulls, a target of another model, and a reason that is not a single line. */
    public SetAliasRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(target, "target");
        Reasons.check(reason);
        if (!target.name().equals(model)) {
            throw new RegistryUsageException(Input.REFERENCE, "The alias target " + target + " is not a version of "
                    + model + "; an alias points at a version of its own model. Use " + model + "@"
                    + target.selector() + " or set the alias on " + target.name() + ".");
        }
    }

    /** A request that points {@code alias} at exactly {@code version} of {@code model}. */
    public SetAliasRequest(ModelName model, AliasName alias, Version version, String reason) {
        this(model, alias, new ModelReference(model, new Selector.ExactVersion(version)), reason);
    }
}
