package dev.modelregistry.core.query;

import java.util.List;
import java.util.Objects;

import dev.modelregistry.core.domain.VersionId;

/**
 * One version in a lineage tree, with the next generation below it: its parents in an ancestors
 * tree, its children in a descendants tree.
 *
 * @param id the version
 * @param status whether it exists and why the tree may stop at it
 * @param next the next generation, empty unless {@code status} is {@link Status#PRESENT}
 */
public record LineageNode(VersionId id, Status status, List<LineageNode> next) {

    /** Whether a node's version exists and why the tree may stop at it. */
    public enum Status {
        /** The version exists and {@code next} lists its next generation (possibly none). */
        PRESENT,
        /** No version has this id: it was deleted, or never registered. */
        MISSING,
        /** The version is already on the path from the root, so the lineage loops; the tree stops here. */
        CYCLE,
        /** The version and its next generations are already shown earlier in this tree. */
        SHOWN_ABOVE,
        /** The depth limit stops the tree here, though the version has a next generation. */
        DEPTH_LIMIT
    }

    /** Refuses nulls, copies {@code next}, and refuses a next generation on a node that stops the tree. */
    public LineageNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        next = List.copyOf(next);
        if (status != Status.PRESENT && !next.isEmpty()) {
            throw new IllegalArgumentException("a " + status + " node has no next generation");
        }
    }

    /** A node with nothing below it. */
    public static LineageNode leaf(VersionId id, Status status) {
        return new LineageNode(id, status, List.of());
    }

    /** Whether the version exists in the registry. */
    public boolean present() {
        return status != Status.MISSING;
    }
}
