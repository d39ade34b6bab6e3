package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonToken;
import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.yaml.YamlScalar.Kind;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Decides what a scalar is, refusing any value a YAML reader could read in more than one way. */
final class ScalarRules {

    /**
     * The one spelling of a plain number: a decimal whose exponent, if any, follows a fraction and
     * has a sign, because YAML 1.1 readers such as PyYAML read {@code 1e-7} and {@code 1.5e3} as text.
     */
    private static final Pattern CANONICAL_NUMBER =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+([eE][-+][0-9]+)?)?");
    /** The plain scalars that keep a type other than text: the only unambiguous spellings. */
    private static final Set<String> PLAIN_NULLS = Set.of("", "null", "~");
    private static final Set<String> PLAIN_BOOLEANS = Set.of("true", "false");
    /** Booleans of the YAML 1.1 specification that SnakeYAML leaves as text, but Go's yaml.v2 does not. */
    private static final Set<String> YAML11_LETTER_BOOLEANS = Set.of("y", "Y", "n", "N");
    /** The YAML 1.1 value key, an error in PyYAML and text in SnakeYAML. */
    private static final String YAML11_VALUE_KEY = "=";
    /** Octal integers of the YAML 1.2 core schema, which YAML 1.1 reads as text. */
    private static final Pattern YAML12_OCTAL = Pattern.compile("[-+]?0o[0-7]+");
    /** SnakeYAML's YAML 1.1 implicit resolver; only read after construction, so safe to share. */
    private static final Resolver YAML11 = new Resolver();
    private static final String TAG_PREFIX = "tag:yaml.org,2002:";
    private static final int SHOWN_CHARACTERS = 40;

    private ScalarRules() {
    }

    /** Whether {@code text} is a number in the only spelling the registry accepts. */
    static boolean isCanonicalNumber(String text) {
        return CANONICAL_NUMBER.matcher(text).matches();
    }

    /**
     * What some YAML 1.1 or 1.2 reader makes of {@code text} written plain when that is not a
     * string, such as {@code YAML 1.1 reads it as timestamp}; empty when every reader reads text.
     */
    static Optional<String> otherReading(String text) {
        if (YAML11_LETTER_BOOLEANS.contains(text)) {
            return Optional.of("YAML 1.1 reads it as bool");
        }
        if (text.equals(YAML11_VALUE_KEY)) {
            return Optional.of("YAML 1.1 reads it as value");
        }
        if (YAML12_OCTAL.matcher(text).matches()) {
            return Optional.of("YAML 1.2 reads it as int");
        }
        Tag tag = YAML11.resolve(NodeId.scalar, text, true);
        return Tag.STR.equals(tag) ? Optional.empty()
                : Optional.of("YAML 1.1 reads it as " + tag.getValue().replace(TAG_PREFIX, ""));
    }

    /**
     * The kind of a scalar value, given the token Jackson resolved it to and whether it was plain
     * (unquoted, not a block scalar). A plain scalar keeps a type other than text only in its one
     * unambiguous spelling; otherwise every reader must take it for text.
     */
    static Kind valueKind(String path, int line, JsonToken token, boolean plain, String text) {
        requireAllowedCharacters(path, line, text, "value");
        if (!plain) {
            return Kind.STRING;
        }
        return switch (token) {
            case VALUE_STRING -> plainString(path, line, text);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (!isCanonicalNumber(text)) {
                    throw new InvalidRegistryFileException(path, line, "ambiguous plain value '" + shown(text) + "'",
                            "quote it (\"" + shown(text) + "\") if it is text, or write a plain decimal such as "
                                    + "0.93, -1 or 1.5e-3");
                }
                yield Kind.NUMBER;
            }
            case VALUE_TRUE, VALUE_FALSE -> accept(path, line, text, PLAIN_BOOLEANS.contains(text), Kind.BOOLEAN);
            case VALUE_NULL -> accept(path, line, text, PLAIN_NULLS.contains(text), Kind.NULL);
            default -> throw ambiguous(path, line, text);
        };
    }

    /**
     * Checks a mapping key: it is not empty and, when plain, every YAML reader takes it for a
     * string (Jackson resolves no key types of its own).
     */
    static void checkKey(String path, int line, String key, boolean plain) {
        requireAllowedCharacters(path, line, key, "key");
        if (key.isEmpty()) {
            throw new InvalidRegistryFileException(path, line, "empty key", "give the entry a name, or remove it");
        }
        if (!plain) {
            return;
        }
        if (Tag.MERGE.equals(YAML11.resolve(NodeId.scalar, key, true))) {
            throw new InvalidRegistryFileException(path, line, "merge key '<<' is not allowed",
                    "write the merged fields out in full");
        }
        Optional<String> reading = otherReading(key);
        if (reading.isPresent()) {
            throw new InvalidRegistryFileException(path, line,
                    "key '" + shown(key) + "' is not a plain string (" + reading.get() + ")",
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
        if (otherReading(text).isPresent()) {
            throw ambiguous(path, line, text);
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
        return new InvalidRegistryFileException(path, line,
                "ambiguous plain value '" + shown(text) + "'" + otherReading(text).map(r -> " (" + r + ")").orElse(""),
                "quote it (\"" + shown(text) + "\") if it is text");
    }

    private static void requireAllowedCharacters(String path, int line, String text, String where) {
        int bad = ForbiddenCharacters.indexOf(text, false);
        if (bad >= 0) {
            char c = text.charAt(bad);
            throw new InvalidRegistryFileException(path, line, ForbiddenCharacters.describe(c) + " in a " + where,
                    ForbiddenCharacters.fix(c, "tab and newline"));
        }
    }
}
