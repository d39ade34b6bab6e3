package dev.modelregistry.core.card;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.yaml.YamlFields;

/**
 * Reads YAML fields into domain values (names, versions, stages, tags), turning a value's
 * grammar error into a file error at that field's line.
 */
public final class DomainFields {

    private DomainFields() {
    }

    /** Parses {@code text}, read from field {@code key} of {@code fields}, with {@code parser}. */
    public static <T> T parse(YamlFields fields, String key, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RegistryUsageException e) {
            throw fields.invalid(key, e.getMessage(), "fix the value");
        }
    }

    /** Reads a required string field and parses it. */
    public static <T> T required(YamlFields fields, String key, Function<String, T> parser) {
        return parse(fields, key, fields.requiredString(key), parser);
    }

    /** Reads a list of strings and parses every item. */
    public static <T> List<T> list(YamlFields fields, String key, Function<String, T> parser) {
        List<T> result = new ArrayList<>();
        for (String item : fields.stringList(key)) {
            result.add(parse(fields, key, item, parser));
        }
        return result;
    }
}
