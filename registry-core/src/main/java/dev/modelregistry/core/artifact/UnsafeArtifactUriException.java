package dev.modelregistry.core.artifact;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * An artifact URI was refused before any byte was read: a scheme that is not allowed
 * ({@code file:}, {@code jar:}, plain {@code http:} in a card), credentials inside the URI, or a host
 * that resolves to a loopback, link-local or unspecified address.
 */
public final class UnsafeArtifactUriException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error; the message names the URI (without any user info) and the rule it breaks. */
    public UnsafeArtifactUriException(String message) {
        super(Input.ARTIFACT, message);
    }
}
