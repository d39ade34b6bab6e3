package dev.modelregistry.maven;

import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Selector;
import dev.modelregistry.core.domain.Version;

/**
 * Reads the version a goal's parameters name: {@code model.ref} ({@code churn@1.2.0},
 * {@code churn@staging}, {@code churn@champion}, {@code churn@latest}), else {@code model.name}
 * with {@code model.version}.
 */
final class VersionParameters {

    private VersionParameters() {
    }

    /**
     * The version {@code ref}, or {@code name} with {@code version}, name; empty when neither is
     * given. A version without a name is a usage error (NAME).
     */
    static Optional<ModelReference> explicit(String ref, String name, String version) {
        if (given(ref)) {
            return Optional.of(ModelReference.parse(ref.strip()));
        }
        if (!given(version)) {
            return Optional.empty();
        }
        if (!given(name)) {
            throw new RegistryUsageException(Input.NAME, "No model name given for version " + version.strip() + ".");
        }
        return Optional.of(new ModelReference(ModelName.of(name.strip()),
                new Selector.ExactVersion(Version.parse(version.strip()))));
    }

    /** Whether a parameter's value is given. */
    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
