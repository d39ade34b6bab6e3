package dev.modelregistry.core.artifact;

import java.nio.file.Path;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.domain.VersionId;

/** An {@link ArtifactSource} that also takes new model files. */
public interface ArtifactStore extends ArtifactSource {

    /**
     * Stores {@code file} as the artifact of version {@code id}, streaming it with bounded memory,
     * and returns what the card records: the portable URI, digest, size and {@code format}.
     *
     * @throws dev.modelregistry.core.RegistryUsageException when the file is missing or the store refuses it
     * @throws ArtifactTransferException when the store cannot be written
     */
    Artifact put(VersionId id, Path file, String format);
}
