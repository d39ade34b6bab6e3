package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonToken;
import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.yaml.YamlScalar.Kind;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;

/** Decides what a scalar is, refusing any value a YAML reader could read in more than one way. */
final class ScalarRules {

    private static final Pattern CANONICAL_NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final String TAG_PREFIX = "tag:yaml.org,2002:";
    private static final int SHOWN_CHARACTERS = 40;

    private ScalarRules() {
    }

    /** Whether {@code text} is a number in the only spelling the registry accepts. */
    static boolean isCanonicalNumber(String text) {
        return CANONICAL_NUMBER.matcher(text).matches();
    }

    /**
     * The kind of a scalar value, given the token Jackson resolved it to and whether it was plain
     * (unquoted, not a block scalar).
     */
    static Kind valueKind(String path, int line, JsonToken token, boolean plain, String text) {
        requireNoControlCharacter(path, line, text, "value");
        if (!plain) {
            return Kind.STRING;
        }
        return switch (token) {
            case VALUE_STRING -> plainString(path, line, text);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> accept(path, line, text, isCanonicalNumber(text), Kind.NUMBER);
            case VALUE_TRUE, VALUE_FALSE -> accept(path, line, text, text.equals("true") || text.equals("false"),
                    Kind.BOOLEAN);
            case VALUE_NULL -> accept(path, line, text, text.equals("null") || text.equals("~"), Kind.NULL);
            default -> throw ambiguous(path, line, text);
        };
    }

    /**
     * Checks a mapping key; {@code implicitTag} is what a YAML 1.1 reader makes of it when plain,
     * which must be a string (Jackson resolves no key types of its own).
     */
    static void checkKey(String path, int line, String key, boolean plain, Tag implicitTag) {
        requireNoControlCharacter(path, line, key, "key");
        if (!plain) {
            return;
        }
        if (Tag.MERGE.equals(implicitTag)) {
            throw new InvalidRegistryFileException(path, line, "merge key '<<' is not allowed",
                    "write the merged fields out in full");
        }
        if (!Tag.STR.equals(implicitTag)) {
            String type = implicitTag.getValue().replace(TAG_PREFIX, "");
            throw new InvalidRegistryFileException(path, line,
                    "key '" + shown(key) + "' is not a plain string (YAML 1.1 reads it as " + type + ")",
                    "quote it (\"" + shown(key) + "\")");
        }
    }

    /** Shows a tag as written in YAML, e.g. {@code !!str} or {@code !custom}. */
    static String shownTag(String tag) {
        return tag.startsWith(TAG_PREFIX) ? "!!" + tag.substring(TAG_PREFIX.length()) : tag;
    }

    /** {@code text}, shortened for a message. */
    static String shown(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }

    private static Kind plainString(String path, int line, String text) {
        if (text.isEmpty()) {
            return Kind.NULL;
        }
        if (isCanonicalNumber(text)) {
            // Jackson stops resolving numbers past 1,000 characters and hands them over as text.
            throw new InvalidRegistryFileException(path, line,
                    "plain value '" + shown(text) + "' is too long to be read as a number",
                    "quote it if it is text, or shorten the number");
        }
        return Kind.STRING;
    }

    private static Kind accept(String path, int line, String text, boolean unambiguous, Kind kind) {
        if (!unambiguous) {
            throw ambiguous(path, line, text);
        }
        return kind;
    }

    private static InvalidRegistryFileException ambiguous(String path, int line, String text) {
        return new InvalidRegistryFileException(path, line, "ambiguous plain value '" + shown(text) + "'",
                "quote it (\"" + shown(text) + "\") if it is text");
    }

    private static void requireNoControlCharacter(String path, int line, String text, String where) {
        int bad = ControlCharacters.indexOfForbidden(text, false);
        if (bad >= 0) {
            throw new InvalidRegistryFileException(path, line,
                    "control character " + ControlCharacters.name(text.charAt(bad)) + " in a " + where,
                    "remove it; only tab and newline may appear in text");
        }
    }
}
