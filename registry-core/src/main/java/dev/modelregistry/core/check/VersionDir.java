package dev.modelregistry.core.check;

import java.util.Optional;

import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot.FileEntry;

/**
 * A version directory with a valid name, as the layout scan found it.
 *
 * @param id   the version, from the directory names
 * @param card its {@code card.yaml}, if there is one
 */
record VersionDir(VersionId id, Optional<FileEntry> card) {
}
