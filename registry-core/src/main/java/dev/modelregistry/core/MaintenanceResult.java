package dev.modelregistry.core;

/**
 * What {@link ModelRegistry#maintain()} did.
 *
 * @param packedObjects the objects in packs afterwards
 * @param looseObjects the loose objects left afterwards: unreachable ones (maintenance prunes
 *        none) and any written meanwhile
 * @param commitGraphCommits the commits in the rewritten commit-graph
 * @param bloomFiltersComputed the changed-path Bloom filters computed for commits new to the graph
 * @param indexedCommits the commits in the history index afterwards
 */
public record MaintenanceResult(long packedObjects, long looseObjects, long commitGraphCommits,
        long bloomFiltersComputed, int indexedCommits) {
}
