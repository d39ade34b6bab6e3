package dev.modelregistry.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the fields of a request as it is built, so that a missing value or one no registry file
 * can hold is a usage error naming the field rather than a failure deep inside a write.
 */
final class RequestFields {

    private RequestFields() {
    }

    /** {@code value}, or a usage error naming {@code field} when it is missing. */
    static <T> T present(Input input, String field, T value) {
        if (value == null) {
            throw new RegistryUsageException(input, "The " + field + " is missing (null); give a value.");
        }
        return value;
    }

    /**
     * {@code value}, checked to be text a registry file can hold: present (empty for none) and
     * without control characters other than tab and newline.
     */
    static String text(Input input, String field, String value) {
        if (value == null) {
            throw new RegistryUsageException(input, "The " + field + " is missing (null); give a text, or an"
                    + " empty one to leave it out.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL) {
                throw new RegistryUsageException(input, "The " + field + " contains the control character "
                        + String.format("U+%04X", (int) c) + " at index " + i + "; remove it: only tab and newline"
                        + " are allowed in text.");
            }
        }
        return value;
    }

    /** Checks the text in {@code value}, if any, as {@link #text} does; a missing (null) optional is refused. */
    static void optionalText(Input input, String field, Optional<String> value) {
        present(input, field, value).ifPresent(text -> text(input, field, text));
    }

    /** An unmodifiable copy of {@code map}, refusing a missing map, key or value with an error naming the entry. */
    static <V> Map<String, V> map(Input input, String field, Map<String, V> map) {
        present(input, field, map);
        map.forEach((key, value) -> {
            if (key == null) {
                throw new RegistryUsageException(input, "An entry of the " + field + " has no name (null); name"
                        + " every entry.");
            }
            if (value == null) {
                throw new RegistryUsageException(input, "The " + field + " entry \"" + key + "\" has no value (null);"
                        + " give it a value or leave the entry out.");
            }
        });
        return Map.copyOf(map);
    }

    /** An unmodifiable copy of {@code list}, refusing a missing list or item. */
    static <T> List<T> list(Input input, String field, Collection<T> list) {
        present(input, field, list);
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new RegistryUsageException(input, "An item of the " + field + " is missing (null); leave it out.");
        }
        return List.copyOf(list);
    }
}
