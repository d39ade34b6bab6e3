package dev.modelregistry.core.yaml;

import java.util.List;

/**
 * A YAML sequence (list).
 *
 * @param line  the 1-based line on which the sequence starts
 * @param items the items in source order; copied into an unmodifiable list
 */
public record YamlSequence(int line, List<YamlNode> items) implements YamlNode {

    /** Copies {@code items}. */
    public YamlSequence {
        items = List.copyOf(items);
    }
}
