package dev.modelregistry.core.artifact;

import java.util.Objects;
import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The {@code artifacts:} section of {@code registry.yaml}: which store new model files go into,
 * and the Maven repository, if any.
 *
 * @param store where {@code register} puts new model files
 * @param maven the Maven repository; required when {@code store} is {@link StoreKind#MAVEN}, and
 *        needed to fetch any {@code maven:} artifact
 */
public record ArtifactSettings(StoreKind store, Optional<MavenRepository> maven) {

    /** The defaults: the embedded directory store and no Maven repository. */
    public static final ArtifactSettings DEFAULT = new ArtifactSettings(StoreKind.DIRECTORY, Optional.empty());

    /** Requires a repository for the Maven store. */
    public ArtifactSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(maven, "maven");
        if (store == StoreKind.MAVEN && maven.isEmpty()) {
            throw new RegistryUsageException(Input.REGISTRY, "The maven artifact store needs a Maven repository; set"
                    + " artifacts.maven.url in registry.yaml or give the repository URL.");
        }
    }
}
