package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes files of a Maven repository by their path relative to its base URL. Paths
 * are built from checked {@link MavenCoordinates} only.
 */
interface RepositoryTransport {

    /** The transport for {@code repository}'s URL scheme, authenticating with {@code credentials} over HTTP. */
    static RepositoryTransport of(MavenRepository repository, RepositoryCredentials credentials) {
        if (repository.url().getScheme().equals("file")) {
            return new FileRepositoryTransport(Path.of(repository.url()));
        }
        return new HttpRepositoryTransport(repository, credentials);
    }

    /** Opens the file at {@code path}; empty when the repository does not have it. */
    Optional<InputStream> get(String path) throws IOException;

    /**
     * Writes {@code file} to {@code path}, streaming it and reporting to a reporter from
     * {@code progress} (a fresh one for each attempt).
     */
    void put(String path, Path file, Supplier<ProgressReporter> progress) throws IOException;

    /** Writes a small {@code content} (a checksum, the metadata) to {@code path}. */
    void put(String path, byte[] content) throws IOException;
}
