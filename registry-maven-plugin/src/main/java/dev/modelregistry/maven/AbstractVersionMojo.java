package dev.modelregistry.maven;

import static dev.modelregistry.maven.VersionParameters.given;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;

/**
 * A goal about one existing version, named by {@code model.ref} ({@code churn@1.2.0},
 * {@code churn@staging}, {@code churn@champion}, {@code churn@latest}) or by {@code model.name} with
 * {@code model.version}. In a build that ran {@code model:register} before, and with no version
 * given, it is the version that build registered.
 */
public abstract class AbstractVersionMojo extends AbstractRegistryMojo {

    /**
     * The version as a reference: {@code churn@1.2.0} (exact), {@code churn@staging} (a stage),
     * {@code churn@champion} (an alias) or {@code churn@latest}. Takes precedence over {@code model.name} and {@code model.version}.
     */
    @Parameter(property = "model.ref")
    private String ref;

    /** The model's name; give it with {@code model.version}, or use {@code model.ref} instead. */
    @Parameter(property = "model.name")
    private String name;

    /** The exact version, such as {@code 1.2.0}; give it with {@code model.name}. */
    @Parameter(property = "model.version")
    private String version;

    /**
     * The version this goal is about: {@code model.ref} if set; else {@code model.name} with
     * {@code model.version}; else, in a build that registered a version (of {@code model.name},
     * when that is set, as it is when the plugin's configuration names the model), that version.
     */
    protected final ModelReference reference() throws IOException {
        Optional<ModelReference> given = givenReference();
        if (given.isPresent()) {
            return given.get();
        }
        Optional<ModelReference> registered = registeredInThisBuild()
                .filter(found -> !given(name) || found.name().value().equals(name.strip()));
        if (registered.isPresent()) {
            return registered.get();
        }
        if (given(name)) {
            throw new RegistryUsageException(Input.VERSION, "No version of " + name.strip() + " given; name the"
                    + " exact version, or use model.ref for a stage, an alias or latest.");
        }
        throw new RegistryUsageException(Input.REFERENCE,
                "No version given; name one with model.ref, or with model.name and model.version.");
    }

    /**
     * The version {@code model.ref} names, or {@code model.name} with {@code model.version}; empty
     * when neither is given.
     */
    protected final Optional<ModelReference> givenReference() {
        return VersionParameters.explicit(ref, name, version);
    }

    /** The model {@code model.name} names, if given. */
    protected final Optional<ModelName> givenName() {
        return given(name) ? Optional.of(ModelName.of(name.strip())) : Optional.empty();
    }

    /** Whether {@code model.ref} or {@code model.version} is given: the parameters that name a version. */
    protected final boolean versionGiven() {
        return given(ref) || given(version);
    }

    private Optional<ModelReference> registeredInThisBuild() throws IOException {
        if (project().isEmpty()) {
            return Optional.empty();
        }
        Path file = RegisteredFile.in(Path.of(project().get().getBuild().getDirectory()));
        Optional<ModelReference> registered = RegisteredFile.read(file);
        registered.ifPresent(found -> getLog().info("Using " + found + ", registered earlier in this build (" + file
                + ")"));
        return registered;
    }

    /**
     * The parameters that name the version, plus {@code more} from the concrete goal; with
     * {@code model.ref} given, errors about the name or version blame it.
     */
    protected final Map<Input, PluginParameter> versionParameters(Map<Input, PluginParameter> more) {
        return VersionParameters.parameters(ref, more);
    }
}
