package dev.modelregistry.core.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check of a whole registry tree found: every problem, ordered by path and line.
 *
 * @param commit   the commit checked, empty for a registry with no commit yet
 * @param problems the problems found; empty when the registry is clean
 */
public record CheckReport(Optional<String> commit, List<Problem> problems) {

    /** Copies the problems. */
    public CheckReport {
        Objects.requireNonNull(commit, "commit");
        problems = List.copyOf(problems);
    }

    /** True when no rule found a problem. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** One line per problem, as {@link Problem#describe()} gives it. */
    public List<String> lines() {
        return problems.stream().map(Problem::describe).toList();
    }
}
