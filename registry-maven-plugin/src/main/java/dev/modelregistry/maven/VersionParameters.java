package dev.modelregistry.maven;

import java.util.EnumMap;
import java.util.Map;
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
            return Optional.of(ParameterException.blame(PluginParameter.REF, () -> ModelReference.parse(ref.strip())));
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

    /**
     * The parameters that set a goal's inputs: those naming the version, plus {@code more} from the
     * goal. When {@code ref} is given, errors about the model's name or version blame it, because
     * it is where the user wrote them.
     */
    static Map<Input, PluginParameter> parameters(String ref, Map<Input, PluginParameter> more) {
        Map<Input, PluginParameter> all = new EnumMap<>(Input.class);
        all.put(Input.REFERENCE, PluginParameter.REF);
        all.put(Input.NAME, given(ref) ? PluginParameter.REF : PluginParameter.NAME);
        all.put(Input.VERSION, given(ref) ? PluginParameter.REF : PluginParameter.VERSION);
        all.putAll(more);
        return all;
    }

    /** Whether a parameter's value is given. */
    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
