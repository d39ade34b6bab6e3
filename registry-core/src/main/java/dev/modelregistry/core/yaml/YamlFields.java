package dev.modelregistry.core.yaml;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.yaml.YamlMapping.Entry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Strict typed access to the fields of one {@link YamlMapping}, for the mappers of cards and
 * policy files. Every mismatch is an {@link InvalidRegistryFileException} naming the line, the
 * field's dotted path ({@code artifact.sha256}, {@code lineage.datasets[1].uri}; list indexes
 * count from 0), what was found and what to write instead. Nothing is converted: a number where
 * text is expected is refused with the quoting fix.
 *
 * <p>Null: an explicit null ({@code null}, {@code ~} or an empty value) is refused everywhere,
 * inside free-form trees too; a field is left unset by leaving it out. No method returns null.
 *
 * <p>Call {@link #finish()} on the root after reading every field: it refuses fields that were
 * never asked for, here and in every nested mapping obtained from this object. An instance
 * records what was asked for, so it serves one mapper call on one thread.
 */
public final class YamlFields {

    /** Scale bound for numbers, so that a hostile {@code 1e999999999} cannot blow up later formatting. */
    private static final int MAX_SCALE = 1000;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final String path;
    private final String prefix;
    private final YamlMapping mapping;
    private final Set<String> requested = new LinkedHashSet<>();
    private final List<YamlFields> children = new ArrayList<>();

    private YamlFields(String path, String prefix, YamlMapping mapping) {
        this.path = path;
        this.prefix = prefix;
        this.mapping = mapping;
    }

    /** Fields of {@code mapping}, the root of the file at {@code path}. */
    public static YamlFields of(String path, YamlMapping mapping) {
        return new YamlFields(path, "", mapping);
    }

    /** The path of the file inside the registry repository. */
    public String path() {
        return path;
    }

    /** The line on which this mapping starts. */
    public int line() {
        return mapping.line();
    }

    /** A quoted string; refused when missing. */
    public String requiredString(String key) {
        return optional(key).map(this::string).orElseThrow(() -> new InvalidRegistryFileException(path,
                mapping.line(), "missing field '" + prefix + key + "'", "add " + key + ": \"...\""));
    }

    /** A quoted string, if present. */
    public Optional<String> optionalString(String key) {
        return optional(key).map(this::string);
    }

    /** A plain number such as {@code 0.93}, if present. */
    public Optional<BigDecimal> optionalNumber(String key) {
        return optional(key).map(this::number);
    }

    /** A plain whole number within the range of a {@code long}, if present. */
    public Optional<Long> optionalLong(String key) {
        return optional(key).map(this::wholeNumber);
    }

    /** A plain {@code true} or {@code false}, if present. */
    public Optional<Boolean> optionalBoolean(String key) {
        return optional(key).map(this::bool);
    }

    /** A list of quoted strings; empty when missing. */
    public List<String> stringList(String key) {
        return optional(key).map(slot -> items(slot, this::string)).orElse(List.of());
    }

    /** A nested mapping, if present; {@link #finish()} on this object also finishes it. */
    public Optional<YamlFields> mapping(String key) {
        return optional(key).map(slot -> child(slot.field() + ".", mappingNode(slot)));
    }

    /** A list of mappings; empty when missing. {@link #finish()} on this object also finishes them. */
    public List<YamlFields> mappingList(String key) {
        return optional(key).map(slot -> items(slot, item -> child(item.field() + ".", mappingNode(item))))
                .orElse(List.of());
    }

    /**
     * Every entry of this mapping as a nested mapping keyed by name, in file order, for files
     * whose keys are names (such as the stages of {@code registry.yaml}).
     */
    public Map<String, YamlFields> mappingEntries() {
        Map<String, YamlFields> values = new LinkedHashMap<>();
        for (Entry entry : mapping.entries().values()) {
            Slot slot = optional(entry.key()).orElseThrow();
            values.put(entry.key(), child(slot.field() + ".", mappingNode(slot)));
        }
        return Collections.unmodifiableMap(values);
    }

    /** The keys of this mapping, in file order, for mappings whose keys are names (such as model name patterns). */
    public List<String> keys() {
        return List.copyOf(mapping.entries().keySet());
    }

    /** A mapping of names to plain numbers, in file order; empty when missing. */
    public Map<String, BigDecimal> numberMap(String key) {
        return optional(key).map(slot -> entries(slot, this::number)).orElse(Map.of());
    }

    /**
     * A mapping of names to quoted strings, in file order; empty when missing. A plain number or
     * boolean is refused with the quoting fix ({@code eta: 0.10} becomes {@code eta: "0.10"}),
     * because other YAML readers would read the number {@code 0.1}.
     */
    public Map<String, String> stringMap(String key) {
        return optional(key).map(slot -> entries(slot, this::string)).orElse(Map.of());
    }

    /**
     * A mapping of any shape as a plain immutable Java tree, in file order: {@code Map<String,
     * Object>}, {@code List<Object>}, {@code String}, {@code BigDecimal} and {@code Boolean}; no
     * nulls. Numbers are {@linkplain YamlNumbers#normalised normalised} and refused out of
     * {@linkplain YamlNumbers#isInRange range}. Empty when missing.
     */
    public Map<String, Object> freeForm(String key) {
        return optional(key).map(this::freeFormMapping).orElse(Map.of());
    }

    /**
     * Refuses any field of this mapping, or of a nested mapping obtained from it, that was never
     * asked for, suggesting the closest allowed field.
     */
    public void finish() {
        for (Entry entry : mapping.entries().values()) {
            if (!requested.contains(entry.key())) {
                throw unknown(entry);
            }
        }
        children.forEach(YamlFields::finish);
    }

    /**
     * An error about the value of {@code key} (or about this mapping when it is absent), for rules
     * that only the mapper knows, such as the format of a checksum.
     */
    public InvalidRegistryFileException invalid(String key, String problem, String fix) {
        int line = Optional.ofNullable(mapping.entries().get(key)).map(Entry::keyLine).orElse(mapping.line());
        return new InvalidRegistryFileException(path, line, prefix + key + ": " + problem, fix);
    }

    /** A value with its dotted path and the label a fix writes before it ({@code key:} or {@code -}). */
    private record Slot(String field, String label, YamlNode node) {
    }

    private Optional<Slot> optional(String key) {
        requested.add(key);
        return mapping.get(key).map(node -> new Slot(prefix + key, key + ":", node));
    }

    private YamlFields child(String childPrefix, YamlMapping node) {
        YamlFields child = new YamlFields(path, childPrefix, node);
        children.add(child);
        return child;
    }

    private <T> List<T> items(Slot slot, Function<Slot, T> convert) {
        List<YamlNode> items = sequenceNode(slot).items();
        List<T> values = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            values.add(convert.apply(new Slot(slot.field() + "[" + i + "]", "-", items.get(i))));
        }
        return List.copyOf(values);
    }

    private <T> Map<String, T> entries(Slot slot, Function<Slot, T> convert) {
        Map<String, T> values = new LinkedHashMap<>();
        for (Entry entry : mappingNode(slot).entries().values()) {
            values.put(entry.key(), convert.apply(
                    new Slot(slot.field() + "." + entry.key(), entry.key() + ":", entry.value())));
        }
        return Collections.unmodifiableMap(values);
    }

    private Map<String, Object> freeFormMapping(Slot slot) {
        return entries(slot, this::freeFormValue);
    }

    private Object freeFormValue(Slot slot) {
        if (slot.node() instanceof YamlMapping) {
            return freeFormMapping(slot);
        }
        if (slot.node() instanceof YamlSequence) {
            return items(slot, this::freeFormValue);
        }
        return switch (((YamlScalar) slot.node()).kind()) {
            case STRING -> string(slot);
            case NUMBER -> freeFormNumber(slot);
            case BOOLEAN -> bool(slot);
            case NULL -> throw nullValue(slot, "a value");
        };
    }

    private String string(Slot slot) {
        YamlScalar scalar = scalar(slot, "a quoted string");
        return switch (scalar.kind()) {
            case STRING -> scalar.text();
            case NUMBER, BOOLEAN -> throw mismatch(slot, "a quoted string",
                    "write " + slot.label() + " \"" + scalar.text() + "\"");
            case NULL -> throw nullValue(slot, "a quoted string");
        };
    }

    private BigDecimal number(Slot slot) {
        YamlScalar scalar = scalar(slot, "a number");
        return switch (scalar.kind()) {
            case NUMBER -> inRange(slot, new BigDecimal(scalar.text()));
            case STRING -> throw mismatch(slot, "a number", ScalarRules.isCanonicalNumber(scalar.text())
                    ? "write " + slot.label() + " " + scalar.text() + " without quotes"
                    : "write a number such as 0.93");
            case BOOLEAN -> throw mismatch(slot, "a number", "write a number such as 0.93");
            case NULL -> throw nullValue(slot, "a number");
        };
    }

    private BigDecimal freeFormNumber(Slot slot) {
        BigDecimal value = number(slot);
        if (!YamlNumbers.isInRange(value)) {
            throw new InvalidRegistryFileException(path, slot.node().line(),
                    slot.field() + ": number " + ScalarRules.shown(((YamlScalar) slot.node()).text())
                            + " is out of range for free-form values",
                    "write a number between 1.0e-" + YamlNumbers.MAX_EXPONENT + " and 1.0e+"
                            + YamlNumbers.MAX_EXPONENT + " in size, or quote it as text");
        }
        return YamlNumbers.normalised(value);
    }

    private long wholeNumber(Slot slot) {
        BigDecimal value = number(slot);
        String text = ((YamlScalar) slot.node()).text();
        if (!WHOLE_NUMBER.matcher(text).matches() || value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
            throw new InvalidRegistryFileException(path, slot.node().line(),
                    slot.field() + ": found " + text + ", expected a whole number",
                    "write digits only, such as 42, within the range of a 64-bit integer");
        }
        return value.longValueExact();
    }

    private boolean bool(Slot slot) {
        YamlScalar scalar = scalar(slot, "true or false");
        return switch (scalar.kind()) {
            case BOOLEAN -> Boolean.parseBoolean(scalar.text());
            case STRING, NUMBER -> throw mismatch(slot, "true or false",
                    "write " + slot.label() + " true or " + slot.label() + " false, without quotes");
            case NULL -> throw nullValue(slot, "true or false");
        };
    }

    private BigDecimal inRange(Slot slot, BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_SCALE) {
            throw new InvalidRegistryFileException(path, slot.node().line(),
                    slot.field() + ": number " + ScalarRules.shown(((YamlScalar) slot.node()).text())
                            + " is out of range", "write a number with an exponent between -" + MAX_SCALE
                            + " and " + MAX_SCALE);
        }
        return value;
    }

    private YamlScalar scalar(Slot slot, String expected) {
        if (slot.node() instanceof YamlScalar scalar) {
            return scalar;
        }
        throw mismatch(slot, expected, "write a single value, not " + kindOf(slot.node()));
    }

    private YamlMapping mappingNode(Slot slot) {
        if (slot.node() instanceof YamlMapping node) {
            return node;
        }
        throw mismatch(slot, "a mapping", "write 'name: value' lines indented under " + slot.label());
    }

    private YamlSequence sequenceNode(Slot slot) {
        if (slot.node() instanceof YamlSequence node) {
            return node;
        }
        throw mismatch(slot, "a list", "write the items as '- item' lines or as [a, b]");
    }

    private InvalidRegistryFileException nullValue(Slot slot, String expected) {
        return mismatch(slot, expected, "give it a value, or remove the line to leave it unset");
    }

    private InvalidRegistryFileException mismatch(Slot slot, String expected, String fix) {
        return new InvalidRegistryFileException(path, slot.node().line(),
                slot.field() + ": found " + kindOf(slot.node()) + ", expected " + expected, fix);
    }

    private static String kindOf(YamlNode node) {
        if (node instanceof YamlMapping) {
            return "a mapping";
        }
        if (node instanceof YamlSequence) {
            return "a list";
        }
        return switch (((YamlScalar) node).kind()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "an empty value (null)";
        };
    }

    private InvalidRegistryFileException unknown(Entry entry) {
        String allowed = requested.isEmpty() ? "none" : String.join(", ", requested);
        String fix = Spelling.closest(entry.key(), requested)
                .map(suggestion -> "did you mean '" + suggestion + "'? allowed fields: " + allowed)
                .orElse("remove it; allowed fields: " + allowed);
        return new InvalidRegistryFileException(path, entry.keyLine(), "unknown field '" + prefix + entry.key() + "'",
                fix);
    }
}
