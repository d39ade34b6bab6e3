package dev.modelregistry.core.artifact;

import dev.modelregistry.core.domain.VersionId;

/**
 * The check of one version's artifact.
 *
 * @param version the version
 * @param uri the artifact URI its card records (user info removed)
 * @param status the outcome
 * @param detail what was found, for anything but {@link ArtifactStatus#OK}; empty otherwise
 */
public record ArtifactCheck(VersionId version, String uri, ArtifactStatus status, String detail) {

    /** {@code churn@1.0.0 CORRUPT store:sha256/... (detail)}, one line for a report. */
    @Override
    public String toString() {
        return version + " " + status + " " + uri + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
