package dev.modelregistry.maven;

import java.util.Map;
import java.util.Objects;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;

/**
 * Turns registry exceptions into Maven's: a {@link RegistryUsageException} becomes a
 * {@link MojoFailureException} (the user's to fix) whose message is the registry's message plus
 * the parameter to change; anything else becomes a {@link MojoExecutionException}. Messages never
 * carry stack traces; the cause is kept for {@code mvn -e}.
 */
public final class ErrorMapping {

    private final Map<Input, PluginParameter> parameters;

    /** A mapping that blames {@code parameters.get(input)} for a usage error about {@code input}. */
    public ErrorMapping(Map<Input, PluginParameter> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** The build failure for a usage error: its message, then the parameter that sets the blamed input. */
    public MojoFailureException usage(RegistryUsageException e) {
        PluginParameter parameter = parameters.get(e.input());
        String message = parameter == null ? e.getMessage() : e.getMessage() + " (" + parameter.hint() + ")";
        return new MojoFailureException(message, e);
    }

    /** The build error for an internal registry failure. */
    public MojoExecutionException internal(RegistryInternalException e) {
        return new MojoExecutionException("The registry failed: " + e.getMessage(), e);
    }

    /** The build error for anything unexpected, such as a bug or an I/O failure outside the registry. */
    public MojoExecutionException unexpected(Exception e) {
        Objects.requireNonNull(e, "e");
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        return new MojoExecutionException("Unexpected error: " + detail, e);
    }
}
