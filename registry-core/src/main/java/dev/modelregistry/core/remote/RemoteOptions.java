package dev.modelregistry.core.remote;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to work with a remote registry on this machine: where its local cache clone is kept, and
 * whether to work offline. Ignored for a local registry.
 *
 * @param cacheDirectory the root of the cache clones; default {@code ~/.model-registry/remotes}
 * @param offline when true, reads use the cache as last fetched and nothing is fetched; writes
 *        are refused, since they must be pushed
 */
public record RemoteOptions(Optional<Path> cacheDirectory, boolean offline) {

    /** Caches under {@code ~/.model-registry/remotes}, online. */
    public static final RemoteOptions DEFAULT = new RemoteOptions(Optional.empty(), false);

    /** Refuses nulls. */
    public RemoteOptions {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
    }

    /** These options keeping cache clones under {@code directory}. */
    public RemoteOptions withCacheDirectory(Path directory) {
        return new RemoteOptions(Optional.of(directory), offline);
    }

    /** These options, offline or online. */
    public RemoteOptions withOffline(boolean newOffline) {
        return new RemoteOptions(cacheDirectory, newOffline);
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
