package dev.modelregistry.core.card;

import java.util.Objects;

/**
 * A dataset a version was trained or evaluated on: its URI, and its version and SHA-256 digest
 * when known (empty strings when not).
 */
public record Dataset(String uri, String version, String sha256) {

    /** Checks that the URI is present and the digest, when given, is well-formed. */
    public Dataset {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.isEmpty()) {
            Artifact.requireSha256(sha256, "dataset sha256");
        }
    }
}
