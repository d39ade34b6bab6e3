package dev.modelregistry.core.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping with string keys, in source order.
 *
 * @param line    the 1-based line on which the mapping starts
 * @param entries the entries by key, in source order; copied into an unmodifiable map
 */
public record YamlMapping(int line, Map<String, Entry> entries) implements YamlNode {

    /** Copies {@code entries}, keeping their order. */
    public YamlMapping {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The value stored under {@code key}, if any. */
    public Optional<YamlNode> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }

    /**
     * One key and its value.
     *
     * @param key     the key's text
     * @param keyLine the 1-based line of the key
     * @param value   the value
     */
    public record Entry(String key, int keyLine, YamlNode value) {

        /** Checks that key and value are present. */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
