package dev.modelregistry.core;

/**
 * A deletion or cleanup would remove a version in a protected stage; repeat it with force.
 */
public final class ProtectedStageException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error blaming {@code input}; the message names the input and the fix. */
    public ProtectedStageException(Input input, String message) {
        super(input, message);
    }
}
