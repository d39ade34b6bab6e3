package dev.modelregistry.core.card;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlNumbers;

/**
 * Free-form metadata as callers give it, copied deeply into the values a card file holds and reads
 * back {@code equals}: unmodifiable maps (in the given order) with non-empty text keys,
 * unmodifiable lists, {@code String}, {@code Boolean} and {@linkplain YamlNumbers#normalised
 * normalised} {@code BigDecimal} numbers.
 */
public final class FreeForm {

    /** The card's root mapping holds {@code metadata}, so the tree may nest one level less than a file. */
    private static final int MAX_DEPTH = StrictYamlReader.MAX_DEPTH - 1;
    private static final String ALLOWED = "use text, a number (BigDecimal, Integer, Long or Double), true or false,"
            + " a list or a map with text keys.";

    private FreeForm() {
    }

    /**
     * A deep, unmodifiable copy of {@code tree}, numbers given as {@code BigDecimal},
     * {@code Integer}, {@code Long} or finite {@code Double} turned into normalised
     * {@code BigDecimal}s.
     *
     * @throws RegistryUsageException ({@link Input#OTHER}) naming the key of a null, an empty or
     *     non-text key, a value of another type, a number that is not finite or out of
     *     {@linkplain YamlNumbers#isInRange range}, or nesting deeper than a card file allows
     */
    public static Map<String, Object> immutableCopy(Map<String, ?> tree) {
        return map(tree, "", 1);
    }

    private static Map<String, Object> map(Map<?, ?> map, String path, int depth) {
        requireDepth(depth, path);
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String text) || text.isEmpty()) {
                throw usage("metadata" + (path.isEmpty() ? "" : " under '" + path + "'") + " has "
                        + (key instanceof String ? "an empty key" : "the key " + key + ", which is not text")
                        + "; give every entry a text name.");
            }
            copy.put(text, value(value, path.isEmpty() ? text : path + "." + text, depth + 1));
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Copies {@code value}, found at {@code path}, which is at {@code depth} if it is a map or list. */
    private static Object value(Object value, String path, int depth) {
        if (value instanceof Map<?, ?> map) {
            return map(map, path, depth);
        }
        if (value instanceof List<?> list) {
            requireDepth(depth, path);
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(value(list.get(i), path + "[" + i + "]", depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value == null) {
            throw usage("metadata value for key '" + path + "' is null; leave the key out, or give it a value.");
        }
        return number(value, path);
    }

    private static void requireDepth(int depth, String path) {
        if (depth > MAX_DEPTH) {
            throw usage("metadata nests deeper than " + MAX_DEPTH + " levels at key '" + path
                    + "' (or contains itself); flatten it.");
        }
    }

    private static BigDecimal number(Object value, String path) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof Integer || value instanceof Long) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Double real && Double.isFinite(real)) {
            number = BigDecimal.valueOf(real);
        } else if (value instanceof Double real) {
            throw usage("metadata value for key '" + path + "' is " + real + "; a number must be finite.");
        } else {
            throw usage("metadata value for key '" + path + "' is a " + value.getClass().getName() + "; " + ALLOWED);
        }
        if (!YamlNumbers.isInRange(number)) {
            throw usage("metadata value for key '" + path + "' is " + number + ", out of range; give a number between"
                    + " 1.0e-" + YamlNumbers.MAX_EXPONENT + " and 1.0e+" + YamlNumbers.MAX_EXPONENT
                    + " in size, or text.");
        }
        return YamlNumbers.normalised(number);
    }

    private static RegistryUsageException usage(String message) {
        return new RegistryUsageException(Input.OTHER, message);
    }
}
