package dev.modelregistry.core.artifact;

import java.time.Instant;

/**
 * One file of a content-addressed directory.
 *
 * @param sha256 its digest, which is also its name
 * @param size its length in bytes
 * @param modified when it was last written or stored again
 */
public record StoredBlob(String sha256, long size, Instant modified) {
}
