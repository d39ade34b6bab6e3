package dev.modelregistry.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.ModelYaml;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.yaml.StrictYamlReader;

/**
 * Writes the registry files of a change, the one path every write takes to {@code card.yaml} and
 * {@code model.yaml}. It blames the caller for what a registry file cannot hold: a value YAML
 * cannot write faithfully, or a file over the size limit that every read would refuse.
 */
final class StorableYaml {

    /** How many of the largest fields an oversized file's error names. */
    private static final int NAMED_FIELDS = 3;

    private StorableYaml() {
    }

    /** Adds {@code card} as its {@code card.yaml} to {@code edits}. */
    static TreeEdits putCard(TreeEdits edits, ModelCard card) {
        return put(edits, RegistryLayout.cardFile(card.name(), card.version()), () -> CardYaml.write(card));
    }

    /** Adds {@code model} as its {@code model.yaml} to {@code edits}. */
    static TreeEdits putModel(TreeEdits edits, RegisteredModel model) {
        return put(edits, RegistryLayout.modelFile(model.name()), () -> ModelYaml.write(model));
    }

    private static TreeEdits put(TreeEdits edits, String path, Supplier<byte[]> write) {
        byte[] yaml;
        try {
            yaml = write.get();
        } catch (IllegalArgumentException e) {
            throw new RegistryUsageException(Input.OTHER, "The change cannot be stored in " + path + ": "
                    + e.getMessage() + ". Use text without control characters, finite numbers, booleans, lists and"
                    + " maps with text keys.");
        }
        if (yaml.length > StrictYamlReader.DEFAULT_MAX_BYTES) {
            throw new RegistryUsageException(Input.OTHER, "The change cannot be stored: " + path + " would be "
                    + yaml.length + " bytes, more than the limit of " + StrictYamlReader.DEFAULT_MAX_BYTES
                    + " bytes; its largest fields are " + largestFields(yaml) + ". Shorten them; large data"
                    + " belongs in artifacts, not in YAML.");
        }
        return edits.put(path, yaml);
    }

    /**
     * The largest top-level fields of a file the registry wrote, with their sizes. Its top-level
     * keys, and only they, start at the beginning of a line: nested values are indented, and
     * strings never break across lines unless indented as a literal block.
     */
    private static String largestFields(byte[] yaml) {
        record Field(String key, int bytes) {
        }
        List<Field> fields = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= yaml.length; i++) {
            if (i == yaml.length || (yaml[i - 1] == '\n' && yaml[i] != ' ')) {
                String line = new String(yaml, start, Math.min(i - start, 200), StandardCharsets.UTF_8);
                fields.add(new Field(line.substring(0, Math.max(0, line.indexOf(':'))), i - start));
                start = i;
            }
        }
        return fields.stream().sorted(Comparator.comparingInt(Field::bytes).reversed()).limit(NAMED_FIELDS)
                .map(field -> field.key() + " (" + field.bytes() + " bytes)").collect(Collectors.joining(", "));
    }
}
