package dev.modelregistry.core.history;

import java.util.List;

import dev.modelregistry.core.git.Trailer;

/** The part of a commit's {@link CommitFacts} that the index stores as text: author, subject and trailers. */
record CommitText(String actor, String subject, List<Trailer> trailers) {
}
