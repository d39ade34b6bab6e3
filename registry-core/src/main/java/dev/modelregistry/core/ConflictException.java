package dev.modelregistry.core;

/**
 * The request clashes with what the registry holds: a version or model that exists already (also regardless of case), an alias that another stage or selector uses.
 */
public final class ConflictException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error blaming {@code input}; the message names the input and the fix. */
    public ConflictException(Input input, String message) {
        super(input, message);
    }
}
