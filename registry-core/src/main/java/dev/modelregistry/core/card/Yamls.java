package dev.modelregistry.core.card;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.yaml.YamlFields;

/** Shared steps of the YAML mappers: leaving out empty values, and reporting value errors at a line. */
final class Yamls {

    private Yamls() {
    }

    static void putText(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putMap(Map<String, Object> map, String key, Map<String, ?> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putList(Map<String, Object> map, String key, Collection<?> value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    static void putSize(Map<String, Object> map, String key, long value) {
        if (value > 0) {
            map.put(key, value);
        }
    }

    /** An optional string of an optional mapping, empty when either is missing. */
    static String text(YamlFields fields, String key) {
        return fields == null ? "" : fields.optionalString(key).orElse("");
    }

    /** Builds a value whose constructor checks rules, reporting a broken rule at {@code fields}' line. */
    static <T> T construct(YamlFields fields, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (RegistryUsageException e) {
            throw new dev.modelregistry.core.InvalidRegistryFileException(fields.path(), fields.line(), e.getMessage(),
                    "fix the value");
        }
    }
}
