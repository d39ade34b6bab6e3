package dev.modelregistry.core.lineage;

import java.util.Objects;

/**
 * Where the training code of a version lives: the URL of its repository and the commit it was at.
 * Either part is empty when unknown. Becomes the card's {@code lineage.source}.
 *
 * @param repository the URL of the {@code origin} remote, without credentials; empty when there is none
 * @param commit the full id of the {@code HEAD} commit; empty when there is no commit yet
 */
public record SourceLocation(String repository, String commit) {

    /** Nothing known: the code is not in a Git repository. */
    public static final SourceLocation NONE = new SourceLocation("", "");

    /** Refuses nulls. */
    public SourceLocation {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(commit, "commit");
    }
}
