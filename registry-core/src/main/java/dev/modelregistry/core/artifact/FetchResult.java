package dev.modelregistry.core.artifact;

import java.nio.file.Path;

import dev.modelregistry.core.domain.VersionId;

/**
 * A fetched artifact: verified and in place.
 *
 * @param version the version whose artifact it is
 * @param path the file written
 * @param digest its verified digest and size
 * @param fromCache true when the bytes came from the local cache rather than the store
 */
public record FetchResult(VersionId version, Path path, ContentDigest digest, boolean fromCache) {
}
