package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;

/**
 * A request to move a version to another stage.
 *
 * @param reference the version, as {@code name@version}, {@code name@stage} or {@code name@alias}
 * @param target the stage to move it to
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record TransitionRequest(ModelReference reference, StageName target, String reason) {

    /** Refuses nulls and a reason that is not a single line. */
    public TransitionRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(target, "target");
        Reasons.check(reason);
    }
}
