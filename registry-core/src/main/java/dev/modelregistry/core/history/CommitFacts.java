package dev.modelregistry.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.modelregistry.core.git.Trailer;

/**
 * What the audit history reads of one commit, as JGit reads it: its id, commit time, number of
 * parents, author ({@code Name <email>}), subject line and well-formed trailers. The history
 * index keeps these for every commit, so that a history it answers reads no commit from Git.
 *
 * @param id the commit id, 40 lowercase hexadecimal digits
 * @param time the commit time, to the second
 * @param parentCount the number of parents
 * @param actor the author, as {@code Name <email>}; empty when the commit's author line does not parse
 * @param subject the first line of the message
 * @param trailers the well-formed trailers, in order
 */
public record CommitFacts(String id, Instant time, int parentCount, String actor, String subject,
        List<Trailer> trailers) {

    /** Checks that no field is missing. */
    public CommitFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        trailers = List.copyOf(trailers);
    }
}
