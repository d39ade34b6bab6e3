package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * Reads and writes files of a Maven repository by their path relative to its base URL. Paths
 * are built from checked {@link MavenCoordinates} only.
 */
interface RepositoryTransport {

    /** The transport for {@code repository}'s URL scheme. */
    static RepositoryTransport of(MavenRepository repository) {
        if (repository.url().getScheme().equals("file")) {
            return new FileRepositoryTransport(Path.of(repository.url()));
        }
        throw new RegistryUsageException(Input.REGISTRY, "Maven repositories over " + repository.url().getScheme()
                + " are not supported yet; use a file:// repository.");
    }

    /** Opens the file at {@code path}; empty when the repository does not have it. */
    Optional<InputStream> get(String path) throws IOException;

    /** Writes {@code file} to {@code path}, streaming it and reporting to {@code progress}. */
    void put(String path, Path file, ProgressReporter progress) throws IOException;

    /** Writes a small {@code content} (a checksum, the metadata) to {@code path}. */
    void put(String path, byte[] content) throws IOException;
}
