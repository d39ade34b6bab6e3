package dev.modelregistry.core;

import java.util.Objects;

/**
 * The user's input or the registry's content is wrong, and the message says how to fix it.
 * Maps onto Maven's {@code MojoFailureException}. Subclasses say what kind of mistake it was.
 */
public non-sealed class RegistryUsageException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final Input input;

    /** Creates a usage error that blames {@code input}; the message names the input and the fix. */
    public RegistryUsageException(Input input, String message) {
        this(input, message, null);
    }

    /** Creates a usage error with the low-level cause kept for debugging. */
    public RegistryUsageException(Input input, String message, Throwable cause) {
        super(message, cause);
        this.input = Objects.requireNonNull(input, "input");
    }

    /** The request input the user should change. */
    public Input input() {
        return input;
    }
}
