package dev.modelregistry.core.query;

import java.util.Objects;

/**
 * The lineage of one version: where it came from and what was derived from it, across models.
 * Both trees have the version itself at their root.
 *
 * @param ancestors the version, its parents, their parents, and so on
 * @param descendants the version, the versions whose parents include it, theirs, and so on
 */
public record LineageReport(LineageNode ancestors, LineageNode descendants) {

    /** Requires both trees, rooted at the same version. */
    public LineageReport {
        Objects.requireNonNull(ancestors, "ancestors");
        Objects.requireNonNull(descendants, "descendants");
        if (!ancestors.id().equals(descendants.id())) {
            throw new IllegalArgumentException("the trees have different roots: " + ancestors.id() + " and "
                    + descendants.id());
        }
    }
}
