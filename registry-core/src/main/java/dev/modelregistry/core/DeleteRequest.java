package dev.modelregistry.core;

import java.util.Objects;

import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Selector;
import dev.modelregistry.core.domain.VersionId;

/**
 * A request to delete one version's files, and the aliases that point at it. History keeps them.
 *
 * @param reference the version, as {@code name@version}, {@code name@stage} or {@code name@alias}
 * @param force whether to delete a version in a protected stage
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record DeleteRequest(ModelReference reference, boolean force, String reason) {

    /** Refuses a missing reference and a reason that is not a single line. */
    public DeleteRequest {
        Objects.requireNonNull(reference, "reference");
        Reasons.check(reason);
    }

    /** A request to delete exactly {@code version}. */
    public DeleteRequest(VersionId version, boolean force, String reason) {
        this(new ModelReference(version.name(), new Selector.ExactVersion(version.version())), force, reason);
    }
}
