package dev.modelregistry.core;

/**
 * Base of every exception the registry throws. Callers decide what to do by subtype:
 * {@link RegistryUsageException} is the user's to fix, {@link RegistryInternalException} is not.
 */
public abstract sealed class RegistryException extends RuntimeException
        permits RegistryUsageException, RegistryInternalException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message meant for people. */
    protected RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
