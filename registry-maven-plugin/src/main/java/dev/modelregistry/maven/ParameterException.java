package dev.modelregistry.maven;

import java.util.function.Supplier;

import dev.modelregistry.core.RegistryUsageException;

/**
 * A usage error that blames one plugin parameter directly, for values the registry checks under
 * another name: a repository URL that the registry reports as part of its settings is still
 * {@code -Dmodel.repositoryUrl} to the user.
 */
public final class ParameterException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    private final transient PluginParameter parameter;

    /** The registry's {@code error}, now blaming {@code parameter}. */
    public ParameterException(PluginParameter parameter, RegistryUsageException error) {
        super(error.input(), error.getMessage(), error);
        this.parameter = parameter;
    }

    /**
     * The value {@code parse} returns; a usage error it throws blames {@code parameter}, whatever
     * input the registry's message is about.
     */
    public static <T> T blame(PluginParameter parameter, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RegistryUsageException e) {
            throw new ParameterException(parameter, e);
        }
    }

    /** The parameter to change. */
    public PluginParameter parameter() {
        return parameter;
    }
}
