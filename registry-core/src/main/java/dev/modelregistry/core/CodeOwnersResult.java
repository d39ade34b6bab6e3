package dev.modelregistry.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What writing {@code CODEOWNERS} did.
 *
 * @param content the file as the owners in {@code registry.yaml} give it
 * @param changed false when the registry already had exactly this file, so nothing was written
 * @param commitId the commit that wrote it, as 40 hex digits; empty when nothing changed, or when
 *     the change was proposed for review instead
 */
public record CodeOwnersResult(String content, boolean changed, Optional<String> commitId) {

    /** Requires every component. */
    public CodeOwnersResult {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(commitId, "commitId");
    }
}
