package dev.modelregistry.maven;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.artifact.ArtifactTransferException;

/**
 * Turns registry exceptions into Maven's: a {@link RegistryUsageException} becomes a
 * {@link MojoFailureException} (the user's to fix) whose message is the registry's message plus
 * the parameter to change (an artifact whose bytes are not its card's is one too, and says so);
 * anything else, a failed artifact transfer included, becomes a {@link MojoExecutionException}. Messages never
 * carry stack traces. A usage failure keeps no cause, because Maven appends every cause's message
 * (a JDK parser's, say) after the hint; other errors keep theirs for {@code mvn -e}.
 */
public final class ErrorMapping {

    private final Map<Input, PluginParameter> parameters;

    /** A mapping that blames {@code parameters.get(input)} for a usage error about {@code input}. */
    public ErrorMapping(Map<Input, PluginParameter> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** The build failure for a usage error: its message, then the parameter that sets the blamed input. */
    public MojoFailureException usage(RegistryUsageException e) {
        PluginParameter parameter = e instanceof ParameterException blamed ? blamed.parameter()
                : parameters.get(e.input());
        return parameter == null ? new MojoFailureException(e.getMessage()) : blame(parameter, e);
    }

    /**
     * Runs {@code step}, which reads the text of {@code parameter}; a usage error it throws fails the
     * build blaming that parameter, whatever input the error names. For parameters that no
     * {@link Input} stands for alone, such as a sort order or a time.
     */
    public static <T> T reading(PluginParameter parameter, Supplier<T> step) throws MojoFailureException {
        try {
            return step.get();
        } catch (RegistryUsageException e) {
            throw blame(parameter, e);
        }
    }

    private static MojoFailureException blame(PluginParameter parameter, RegistryUsageException e) {
        return new MojoFailureException(e.getMessage() + " (" + parameter.hint() + ")");
    }

    /** The build error for an internal registry failure. */
    public MojoExecutionException internal(RegistryInternalException e) {
        String what = e instanceof ArtifactTransferException ? "The artifact transfer failed: " : "The registry failed: ";
        return new MojoExecutionException(what + e.getMessage(), e);
    }

    /** The build error for anything unexpected, such as a bug or an I/O failure outside the registry. */
    public MojoExecutionException unexpected(Exception e) {
        Objects.requireNonNull(e, "e");
        String detail = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
        return new MojoExecutionException("Unexpected error: " + detail, e);
    }
}
