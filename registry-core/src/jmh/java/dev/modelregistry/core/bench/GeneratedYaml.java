package dev.modelregistry.core.bench;

import java.util.List;

/** What the generated cards and model files share: lists as the writer writes them. */
final class GeneratedYaml {

    private GeneratedYaml() {
    }

    /** Appends {@code key} with its list of strings, or nothing when the list is empty. */
    static void appendList(StringBuilder yaml, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        yaml.append(key).append(":\n");
        values.forEach(value -> yaml.append("  - \"").append(value).append("\"\n"));
    }
}
