package dev.modelregistry.core.artifact;

import java.util.List;

/**
 * What pruning the directory store found, and removed unless it was a dry run.
 *
 * @param dryRun true when nothing was removed
 * @param unreferenced the stored files no card references (removed unless {@code dryRun})
 * @param keptRecent unreferenced files kept because they were written within the grace period,
 *        since a registration may be between storing its file and committing its card
 */
public record PruneResult(boolean dryRun, List<StoredBlob> unreferenced, List<StoredBlob> keptRecent) {

    /** Copies the lists. */
    public PruneResult {
        unreferenced = List.copyOf(unreferenced);
        keptRecent = List.copyOf(keptRecent);
    }

    /** The bytes the unreferenced files take. */
    public long unreferencedBytes() {
        return unreferenced.stream().mapToLong(StoredBlob::size).sum();
    }
}
