package dev.modelregistry.core.git;

import java.util.Optional;

/** The result of a write and the commit it made, empty when nothing needed to change. */
public record WriteOutcome<R>(R result, Optional<String> commitId) {
}
