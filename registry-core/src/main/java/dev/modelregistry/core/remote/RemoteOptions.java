package dev.modelregistry.core.remote;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to work with a remote registry on this machine: where its local cache clone is kept,
 * whether to work offline, and the credentials. Ignored for a local registry.
 *
 * @param cacheDirectory the root of the cache clones; default {@code ~/.model-registry/remotes}
 * @param offline when true, reads use the cache as last fetched and nothing is fetched; writes
 *        are refused, since they must be pushed
 * @param credentials the credentials for https (and ssh passwords); empty means those of the
 *        environment ({@link RemoteCredentials#fromEnvironment})
 * @param review which writes are proposed for review on a new branch instead of landing on the
 *        registry branch
 */
public record RemoteOptions(Optional<Path> cacheDirectory, boolean offline, Optional<RemoteCredentials> credentials,
        ReviewMode review) {

    /** Caches under {@code ~/.model-registry/remotes}, online, credentials from the environment, review as the policy says. */
    public static final RemoteOptions DEFAULT = new RemoteOptions(Optional.empty(), false, Optional.empty(),
            ReviewMode.POLICY);

    /** Refuses nulls. */
    public RemoteOptions {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(review, "review");
    }

    /** These options keeping cache clones under {@code directory}. */
    public RemoteOptions withCacheDirectory(Path directory) {
        return new RemoteOptions(Optional.of(directory), offline, credentials, review);
    }

    /** These options, offline or online. */
    public RemoteOptions withOffline(boolean newOffline) {
        return new RemoteOptions(cacheDirectory, newOffline, credentials, review);
    }

    /** These options authenticating with {@code newCredentials} instead of the environment's ({@link RemoteCredentials#NONE} for none at all). */
    public RemoteOptions withCredentials(RemoteCredentials newCredentials) {
        return new RemoteOptions(cacheDirectory, offline, Optional.of(newCredentials), review);
    }

    /** These options proposing writes for review as {@code mode} says. */
    public RemoteOptions withReview(ReviewMode mode) {
        return new RemoteOptions(cacheDirectory, offline, credentials, mode);
    }

    /**
     * The credentials in force: those given, else the environment's.
     *
     * @throws dev.modelregistry.core.RegistryUsageException when the environment's variables do not make one kind of credentials
     */
    public RemoteCredentials credentialsOrEnvironment() {
        return credentials.orElseGet(() -> RemoteCredentials.fromEnvironment(System.getenv()));
    }

    /** The root of the cache clones. */
    public Path cacheRoot() {
        return cacheDirectory.orElseGet(() -> Path.of(System.getProperty("user.home"), ".model-registry", "remotes"));
    }

    /**
     * The cache clone of {@code url}: {@code <root>/<host>/<path>-<hash>}, the hash taken of host,
     * port and path so that every remote has its own, whatever its credentials.
     */
    public Path cacheDirectoryFor(RemoteUrl url) {
        return RemoteCache.directoryFor(cacheRoot(), url);
    }
}
