package dev.modelregistry.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check of a whole registry tree found: every problem, ordered by path and line.
 *
 * @param commit   the commit checked, empty for a registry with no commit yet
 * @param models   how many model directories with valid names the check found
 * @param versions how many version directories with valid names the check found, in all models
 * @param problems the problems found; empty when the registry is clean
 */
public record CheckReport(Optional<String> commit, int models, int versions, List<Problem> problems) {

    /** Refuses negative counts and copies the problems. */
    public CheckReport {
        Objects.requireNonNull(commit, "commit");
        if (models < 0 || versions < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: " + models + " models, " + versions
                    + " versions");
        }
        problems = List.copyOf(problems);
    }

    /** This report with {@code more} problems, all ordered by path and line. */
    public CheckReport with(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        all.sort(Problem.BY_PLACE);
        return new CheckReport(commit, models, versions, all);
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
