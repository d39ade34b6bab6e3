package dev.modelregistry.core.remote;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a registry is: a Git repository on this machine, or a remote one that the library keeps
 * a local cache clone of.
 *
 * <pre>{@code
 * RegistryLocation.parse("/srv/registry")                          // a local path
 * RegistryLocation.parse("https://github.com/acme/registry.git")   // a remote
 * RegistryLocation.parse("git@github.com:acme/registry.git")       // a remote, over ssh
 * }</pre>
 */
public sealed interface RegistryLocation {

    /**
     * A location from its text: a URL ({@code https://}, {@code http://}, {@code ssh://},
     * {@code git://}, {@code file://} or {@code git@host:org/repo.git}) is a remote, anything else
     * a local path.
     *
     * @throws dev.modelregistry.core.RegistryUsageException (REGISTRY) for a URL in no accepted form
     */
    static RegistryLocation parse(String text) {
        return RemoteUrl.looksLikeUrl(text) ? new Remote(RemoteUrl.parse(text)) : new Local(Path.of(text));
    }

    /** A registry in the Git repository at {@code path} on this machine. */
    record Local(Path path) implements RegistryLocation {
        /** Requires the path. */
        public Local {
            Objects.requireNonNull(path, "path");
        }

        /** The path. */
        @Override
        public String toString() {
            return path.toString();
        }
    }

    /** A registry in a remote Git repository, read and written through a local cache clone. */
    record Remote(RemoteUrl url) implements RegistryLocation {
        /** Requires the URL. */
        public Remote {
            Objects.requireNonNull(url, "url");
        }

        /** The URL without credentials. */
        @Override
        public String toString() {
            return url.toString();
        }
    }
}
