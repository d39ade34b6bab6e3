package dev.modelregistry.core.artifact;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Machine-local artifact settings a caller gives when opening a registry, next to what
 * {@code registry.yaml} says: where the directory store and the fetch cache are, and overrides of
 * the file's store choice and Maven repository (a build's plugin parameters win over the file).
 *
 * @param storeDirectory the directory store's root; default {@code artifacts/} in the registry's Git directory
 * @param cacheDirectory the fetch cache; default {@code ~/.model-registry/cache}
 * @param store overrides {@code artifacts.store}
 * @param repository overrides {@code artifacts.maven}
 * @param credentials how to authenticate to the Maven repository
 */
public record ArtifactOptions(Optional<Path> storeDirectory, Optional<Path> cacheDirectory, Optional<StoreKind> store,
        Optional<MavenRepository> repository, RepositoryCredentials credentials) {

    /** No overrides: everything from {@code registry.yaml} and the defaults; no credentials. */
    public static final ArtifactOptions DEFAULT = new ArtifactOptions(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), RepositoryCredentials.NONE);

    /** Refuses nulls. */
    public ArtifactOptions {
        Objects.requireNonNull(storeDirectory, "storeDirectory");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** These options with the directory store at {@code directory}. */
    public ArtifactOptions withStoreDirectory(Path directory) {
        return new ArtifactOptions(Optional.of(directory), cacheDirectory, store, repository, credentials);
    }

    /** These options with the fetch cache at {@code directory}. */
    public ArtifactOptions withCacheDirectory(Path directory) {
        return new ArtifactOptions(storeDirectory, Optional.of(directory), store, repository, credentials);
    }

    /** These options putting new model files into {@code kind}. */
    public ArtifactOptions withStore(StoreKind kind) {
        return new ArtifactOptions(storeDirectory, cacheDirectory, Optional.of(kind), repository, credentials);
    }

    /** These options using {@code newRepository} instead of the file's. */
    public ArtifactOptions withRepository(MavenRepository newRepository) {
        return new ArtifactOptions(storeDirectory, cacheDirectory, store, Optional.of(newRepository), credentials);
    }

    /** These options authenticating to the Maven repository with {@code newCredentials}. */
    public ArtifactOptions withCredentials(RepositoryCredentials newCredentials) {
        return new ArtifactOptions(storeDirectory, cacheDirectory, store, repository, newCredentials);
    }

    /** The settings in force: these overrides applied to {@code fromFile}. */
    public ArtifactSettings applyTo(ArtifactSettings fromFile) {
        return new ArtifactSettings(store.orElse(fromFile.store()), repository.or(fromFile::maven));
    }

    /** The directory store's root for a registry whose Git directory is {@code gitDir}. */
    public Path storeDirectoryFor(Path gitDir) {
        return storeDirectory.orElseGet(() -> gitDir.resolve("artifacts"));
    }

    /** The fetch cache's root. */
    public Path cacheDirectoryOrDefault() {
        return cacheDirectory.orElseGet(() -> Path.of(System.getProperty("user.home"), ".model-registry", "cache"));
    }
}
