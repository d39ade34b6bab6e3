package dev.modelregistry.maven;

import java.util.List;
import java.util.Objects;

/**
 * What a goal prints: lines for people, and the same result as a JSON tree (maps, lists, strings,
 * numbers, booleans or Jackson nodes) for scripts.
 *
 * @param lines the text output, one log line each
 * @param json the JSON output
 */
public record GoalResult(List<String> lines, Object json) {

    /** Copies the lines and refuses a null tree. */
    public GoalResult {
        lines = List.copyOf(lines);
        Objects.requireNonNull(json, "json");
    }
}
