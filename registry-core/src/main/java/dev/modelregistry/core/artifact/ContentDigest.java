package dev.modelregistry.core.artifact;

import java.util.Objects;

import dev.modelregistry.core.card.Artifact;

/**
 * What identifies an artifact's bytes: their SHA-256 digest (64 lower-case hex digits) and their
 * length.
 *
 * @param sha256 the digest
 * @param size the length in bytes
 */
public record ContentDigest(String sha256, long size) {

    /** Refuses a missing digest and a negative size. */
    public ContentDigest {
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("size cannot be negative");
        }
    }

    /** The digest and size a card records for its artifact. */
    public static ContentDigest of(Artifact artifact) {
        return new ContentDigest(artifact.sha256(), artifact.size());
    }

    /** {@code 1024 bytes with sha256 ab12...}, for messages. */
    @Override
    public String toString() {
        return size + " bytes with sha256 " + sha256;
    }
}
