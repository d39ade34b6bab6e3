package dev.modelregistry.maven;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a goal prints: lines for people, and the same result as a JSON tree (maps, lists, strings,
 * numbers, booleans or Jackson nodes) for scripts; and whether the build fails once it is printed,
 * as a check that found problems does.
 *
 * @param lines the text output, one log line each
 * @param json the JSON output
 * @param failure the message the build fails with after printing; empty when the goal succeeds
 */
public record GoalResult(List<String> lines, Object json, Optional<String> failure) {

    /** Copies the lines and refuses nulls. */
    public GoalResult {
        lines = List.copyOf(lines);
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(failure, "failure");
    }

    /** A result of a goal that succeeds. */
    public GoalResult(List<String> lines, Object json) {
        this(lines, json, Optional.empty());
    }

    /** This result, failing the build with {@code message} once it is printed. */
    public GoalResult failing(String message) {
        return new GoalResult(lines, json, Optional.of(message));
    }
}
