package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/** The configured sources, each serving one kind of location: opens a location with the one that serves it. */
final class ArtifactSources {

    private final List<ArtifactSource> sources;

    ArtifactSources(List<ArtifactSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * Opens {@code location}; empty when its source does not have it.
     *
     * @throws RegistryUsageException when no configured source serves the location
     * @throws IOException when the source cannot be read
     */
    Optional<InputStream> open(ArtifactLocation location) throws IOException {
        for (ArtifactSource source : sources) {
            if (source.serves(location)) {
                return source.open(location);
            }
        }
        throw new RegistryUsageException(Input.REGISTRY, "The artifact " + location.uri() + " is in a Maven repository,"
                + " but none is configured; set artifacts.maven.url in registry.yaml or give the repository URL.");
    }
}
