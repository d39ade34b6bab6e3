package dev.modelregistry.core.yaml;

import java.util.Objects;

/**
 * A YAML scalar: its kind and its exact source text (after YAML unquoting and unescaping, never
 * after number or boolean conversion).
 *
 * @param line the 1-based line of the scalar
 * @param kind what the scalar is
 * @param text the scalar's characters; {@code ""} for an empty value
 */
public record YamlScalar(int line, Kind kind, String text) implements YamlNode {

    /** Checks that kind and text are present. */
    public YamlScalar {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** What a scalar is, decided by the reader's policy (see {@link StrictYamlReader}). */
    public enum Kind {
        /** Text: a quoted or block scalar, or a plain scalar that is not a number, boolean or null. */
        STRING,
        /** A plain canonical decimal number such as {@code 0.93}, {@code -3} or {@code 1e-7}. */
        NUMBER,
        /** A plain {@code true} or {@code false}. */
        BOOLEAN,
        /** A plain {@code null}, {@code ~} or empty value. */
        NULL
    }
}
