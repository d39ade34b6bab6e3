package dev.modelregistry.core.check;

import dev.modelregistry.core.yaml.YamlMapping;
import dev.modelregistry.core.yaml.YamlSequence;

/**
 * A registry file that read cleanly: the value it maps to, and its YAML tree for the lines of
 * later problems.
 *
 * @param path  the file's path
 * @param value the domain value
 * @param root  the file's YAML
 * @param <T>   the type of the domain value
 */
record ParsedFile<T>(String path, T value, YamlMapping root) {

    /** The line of the field at {@code keys} (nested mapping keys), or of the deepest one present. */
    int line(String... keys) {
        YamlMapping.Entry entry = entry(keys);
        return entry == null ? root.line() : entry.keyLine();
    }

    /** The line of item {@code index} of the list at {@code keys}, or {@link #line(String...)} of the list. */
    int itemLine(int index, String... keys) {
        YamlMapping.Entry entry = entry(keys);
        if (entry != null && entry.value() instanceof YamlSequence list && index < list.items().size()) {
            return list.items().get(index).line();
        }
        return line(keys);
    }

    /** The entry at {@code keys}, or the deepest one present, or null when not even the first is. */
    private YamlMapping.Entry entry(String... keys) {
        YamlMapping mapping = root;
        YamlMapping.Entry found = null;
        for (String key : keys) {
            YamlMapping.Entry entry = mapping == null ? null : mapping.entries().get(key);
            if (entry == null) {
                return found;
            }
            found = entry;
            mapping = entry.value() instanceof YamlMapping nested ? nested : null;
        }
        return found;
    }
}
