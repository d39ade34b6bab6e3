package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an ordered tree as a block-style UTF-8 YAML document that {@link StrictYamlReader} reads
 * back to the same values, and that any YAML 1.1 or 1.2 reader reads with the same types.
 *
 * <ul>
 *   <li>Values: {@code Map<String, ?>} (written in iteration order), {@code List}, {@code String},
 *       {@code Boolean}, {@code Integer}, {@code Long}, {@code Short}, {@code Byte},
 *       {@code BigInteger}, {@code BigDecimal} (plain digits when its exponent is within
 *       &plusmn;{@value YamlNumbers#MAX_EXPONENT}, else {@code 1.5E+200}) and finite
 *       {@code Double} ({@link Double#toString} with an explicit exponent sign, e.g.
 *       {@code 1.0E-7}, {@code 1.0E+20}). Anything else is an {@link IllegalArgumentException}.</li>
 *   <li>Strings are always double-quoted, so {@code "1.10"}, {@code "yes"} and {@code "0123"} stay
 *       strings; multi-line strings are written as literal blocks ({@code |}) when that reads back
 *       exactly, double-quoted with escapes otherwise.</li>
 *   <li>Keys are plain when they are identifiers ({@code [A-Za-z_][A-Za-z0-9_.-]*}) that every
 *       YAML reader takes for a string (not {@code on}, {@code y} or {@code null}), double-quoted
 *       otherwise.</li>
 *   <li>A null map value is omitted (absent and null mean the same); a null list item and a null
 *       or empty key are refused. Empty maps and lists are written as {@code {}} and {@code []}, so they read back
 *       as present and empty.</li>
 *   <li>Strings and keys with control characters other than tab and newline or with unpaired
 *       surrogates, and nesting deeper
 *       than {@value StrictYamlReader#MAX_DEPTH} levels, are refused: the reader would refuse them.</li>
 * </ul>
 * No {@code ---} start marker is written.
 */
public final class YamlWriter {

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALLOW_LONG_KEYS)
            .stringQuotingChecker(new KeyQuoting())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(StrictYamlReader.MAX_DEPTH).build())
            .build();

    private YamlWriter() {
    }

    /**
     * The UTF-8 bytes of {@code document}.
     *
     * @throws IllegalArgumentException if the tree holds a value this class cannot write faithfully
     */
    public static byte[] write(Map<String, ?> document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            writeMap(generator, document);
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException(
                    "the document nests deeper than " + StrictYamlReader.MAX_DEPTH + " levels (or contains itself)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write YAML to memory", e);
        }
        return out.toByteArray();
    }

    private static void writeMap(JsonGenerator generator, Map<?, ?> map) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key) || key.isEmpty()) {
                throw new IllegalArgumentException("map keys must be non-empty strings, found "
                        + (entry.getKey() instanceof String ? "\"\"" : entry.getKey()));
            }
            if (entry.getValue() != null) {
                generator.writeFieldName(checked(key));
                writeValue(generator, entry.getValue());
            }
        }
        generator.writeEndObject();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            writeMap(generator, map);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object item : list) {
                if (item == null) {
                    throw new IllegalArgumentException("lists may not contain null");
                }
                writeValue(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(checked(text));
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Number number) {
            generator.writeNumber(numberText(number));
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as YAML");
        }
    }

    private static String numberText(Number number) {
        if (number instanceof BigDecimal decimal) {
            return YamlNumbers.text(decimal);
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof Double real) {
            if (!Double.isFinite(real)) {
                throw new IllegalArgumentException("cannot write " + real + " as YAML: only finite numbers");
            }
            String text = Double.toString(real);
            return text.contains("E") && !text.contains("E-") ? text.replace("E", "E+") : text;
        }
        throw new IllegalArgumentException("cannot write a " + number.getClass().getName()
                + " as YAML: use Integer, Long, BigInteger, BigDecimal or Double");
    }

    private static String checked(String text) {
        int bad = ForbiddenCharacters.indexOf(text, false);
        if (bad >= 0) {
            char c = text.charAt(bad);
            throw new IllegalArgumentException(ForbiddenCharacters.describe(c) + " in \"" + ScalarRules.shown(text)
                    + "\"; " + ForbiddenCharacters.fix(c, "tab and newline"));
        }
        return text;
    }

    /** Quotes every value, and every key that a YAML reader could take for anything but a string. */
    private static final class KeyQuoting extends StringQuotingChecker {

        private static final long serialVersionUID = 1L;
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

        @Override
        public boolean needToQuoteName(String name) {
            return !IDENTIFIER.matcher(name).matches() || ScalarRules.otherReading(name).isPresent();
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return true;
        }
    }
}
