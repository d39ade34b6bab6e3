package dev.modelregistry.core.artifact;

import dev.modelregistry.core.RegistryInternalException;

/**
 * An artifact's bytes could not be moved: a network or disk error, or a repository refusing a
 * request. Trying again may help. Distinct from {@link ArtifactIntegrityException}, which means the
 * bytes arrived but were wrong. Messages never contain credentials.
 */
public final class ArtifactTransferException extends RegistryInternalException {

    private static final long serialVersionUID = 1L;

    /** Creates the error describing the transfer that failed. */
    public ArtifactTransferException(String message, Throwable cause) {
        super(message, cause);
    }
}
