package dev.modelregistry.core;

/**
 * Something went wrong that the user's input did not cause: an I/O failure, a corrupt object
 * database, a bug. Maps onto Maven's {@code MojoExecutionException}.
 */
public non-sealed class RegistryInternalException extends RegistryException {

    private static final long serialVersionUID = 1L;

    /** Creates an internal error describing what the registry was doing when it failed. */
    public RegistryInternalException(String message, Throwable cause) {
        super(message, cause);
    }
}
