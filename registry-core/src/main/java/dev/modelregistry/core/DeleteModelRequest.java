package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.ModelName;

/**
 * A request to delete a model: {@code model.yaml}, its aliases and all its versions. History keeps them.
 *
 * @param name the model
 * @param force whether to delete it when one of its versions is in a protected stage
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record DeleteModelRequest(ModelName name, boolean force, String reason) {

    /** Refuses a missing name and a reason that is not a single line. */
    public DeleteModelRequest {
        Objects.requireNonNull(name, "name");
        Reasons.check(reason);
    }
}
