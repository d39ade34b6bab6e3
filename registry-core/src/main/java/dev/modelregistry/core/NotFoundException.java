package dev.modelregistry.core;

/**
 * Something the request names (a model, a version, a stage holder, an alias) is not in the registry.
 */
public final class NotFoundException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    /** Creates the error blaming {@code input}; the message names the input and the fix. */
    public NotFoundException(Input input, String message) {
        super(input, message);
    }
}
