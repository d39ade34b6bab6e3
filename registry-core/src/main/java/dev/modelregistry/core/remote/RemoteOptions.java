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
 */
public record RemoteOptions(Optional<Path> cacheDirectory, boolean offline, Optional<RemoteCredentials> credentials) {

    /** Caches under {@code ~/.model-registry/remotes}, online, credentials from the environment. */
    public static final RemoteOptions DEFAULT = new RemoteOptions(Optional.empty(), false, Optional.empty());

    /** Refuses nulls. */
    public RemoteOptions {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** These options keeping cache clones under {@code directory}. */
    public RemoteOptions withCacheDirectory(Path directory) {
        return new RemoteOptions(Optional.of(directory), offline, credentials);
    }

    /** These options, offline or online. */
    public RemoteOptions withOffline(boolean newOffline) {
        return new RemoteOptions(cacheDirectory, newOffline, credentials);
    }

    /** These options authenticating with {@code newCredentials} instead of the environment's ({@link RemoteCredentials#NONE} for none at all). */
    public RemoteOptions withCredentials(RemoteCredentials newCredentials) {
        return new RemoteOptions(cacheDirectory, offline, Optional.of(newCredentials));
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
