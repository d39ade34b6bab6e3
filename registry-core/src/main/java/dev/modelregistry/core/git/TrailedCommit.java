package dev.modelregistry.core.git;

import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * A registry commit found by one of its trailers.
 *
 * @param id the commit
 * @param trailers its trailers, in order
 */
public record TrailedCommit(ObjectId id, List<Trailer> trailers) {

    /** Copies the trailers. */
    public TrailedCommit {
        trailers = List.copyOf(trailers);
    }

    /** The first value of {@code key}. */
    public Optional<String> trailer(String key) {
        return CommitMessage.first(trailers, key);
    }
}
