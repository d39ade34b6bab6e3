package dev.modelregistry.core.remote;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A remote registry could not be reached or would not let this user in: a wrong URL, no network,
 * a host key that is not known, missing or wrong credentials. The message names the remote
 * (without credentials) and what the transport said; it never holds a credential, and the
 * transport's own exception is not kept, since its message may.
 */
public final class RemoteAccessException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error; {@code message} is already free of credentials. */
    public RemoteAccessException(String message) {
        super(Input.REGISTRY, message);
    }
}
