package dev.modelregistry.core.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem a registry check found.
 *
 * @param path    the file or directory at fault, relative to the repository root
 * @param line    the 1-based line in that file, or 0 when the whole file or directory is at fault
 * @param rule    the id of the rule that found it (see {@link CheckRule#id()})
 * @param message what is wrong
 * @param fix     how to fix it
 */
public record Problem(String path, int line, String rule, String message, String fix) {

    /** The order of a report: by path, then line. */
    public static final Comparator<Problem> BY_PLACE = Comparator.comparing(Problem::path).thenComparingInt(Problem::line);

    /** Refuses nulls and negative lines. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    /**
     * The problem as one line, {@code path:line: [rule] message; fix}, such as
     * {@code models/churn/1.0.0/card.yaml:7: [schema] version: found a number, expected a quoted
     * string; write version: "1.10"}. The line number is left out when it is 0.
     */
    public String describe() {
        return path + (line > 0 ? ":" + line : "") + ": [" + rule + "] " + message + (fix.isEmpty() ? "" : "; " + fix);
    }
}
