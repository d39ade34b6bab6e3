package dev.modelregistry.core;

/**
 * A stage change the registry's stage graph does not allow, or one whose target stage's requirements the version does not meet. The message names the moves that are allowed.
 */
public final class IllegalTransitionException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error blaming {@code input}; the message names the input and the fix. */
    public IllegalTransitionException(Input input, String message) {
        super(input, message);
    }
}
