package dev.modelregistry.core;

import java.util.Optional;

import dev.modelregistry.core.history.CommitFacts;

/** A commit of a history, with the approval of the merge that brought it in. */
record Approved(CommitFacts commit, Optional<Approval> approval) {
}
