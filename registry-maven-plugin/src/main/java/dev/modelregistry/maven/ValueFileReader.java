package dev.modelregistry.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.yaml.StrictYamlReader;
import dev.modelregistry.core.yaml.YamlMapping;
import dev.modelregistry.core.yaml.YamlScalar;

/**
 * Reads the metrics and hyperparameters a training run wrote, from a flat file of name to value:
 * JSON ({@code .json}), YAML ({@code .yaml}, {@code .yml}) or Java properties ({@code .properties}),
 * told apart by the file name. JSON is read by a JSON parser (any JSON number, such as Python's
 * {@code 1e-05}, is a number) refusing duplicate keys; YAML is read as strictly as registry files
 * (no duplicate keys, no ambiguous plain values). Every error names the file and, where there is
 * one, the line: {@code metrics.json:3: ...}.
 */
public final class ValueFileReader {

    private static final StrictYamlReader READER = new StrictYamlReader();
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** A decimal number as people write it in a properties file: 0.93, -1, .5, 1e-3. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final Kind kind;

    private ValueFileReader(Kind kind) {
        this.kind = kind;
    }

    /** Reads metrics: every value must be a finite number. Errors blame {@link Input#METRIC}. */
    public static Map<String, Double> metrics(Path file) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        new ValueFileReader(Kind.METRICS).read(file).forEach(value -> metrics.put(value.name(), value.number()));
        return metrics;
    }

    /**
     * Reads hyperparameters: every value must be a single text, number or boolean, kept as its exact
     * text ({@code 0.10} stays {@code "0.10"}). Errors blame {@link Input#HYPERPARAMETER}.
     */
    public static Map<String, String> hyperparameters(Path file) {
        Map<String, String> parameters = new LinkedHashMap<>();
        new ValueFileReader(Kind.HYPERPARAMETERS).read(file).forEach(value -> parameters.put(value.name(), value.text()));
        return parameters;
    }

    private List<Value> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] content = content(file);
        if (name.endsWith(".json")) {
            return json(file, content);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return yaml(file, content);
        }
        if (name.endsWith(".properties")) {
            return properties(file, new String(content, StandardCharsets.UTF_8));
        }
        throw kind.error(file + ": cannot tell the format from the file name; use a .json, .yaml, .yml or"
                + " .properties file");
    }

    private byte[] content(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw kind.error(file + ": no such file; point at the " + kind.noun + " file the training wrote");
            }
            if (Files.size(file) > READER.maxBytes()) {
                throw kind.error(file + ": the file is larger than " + READER.maxBytes() + " bytes; a " + kind.noun
                        + " file is a short list of names and values");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<Value> yaml(Path file, byte[] content) {
        YamlMapping root;
        try {
            root = READER.read(file.toString(), content);
        } catch (InvalidRegistryFileException e) {
            throw kind.error(e.getMessage());
        }
        return root.entries().values().stream().map(entry -> {
            String where = where(file, entry.keyLine(), entry.key());
            if (!(entry.value() instanceof YamlScalar scalar) || scalar.kind() == YamlScalar.Kind.NULL) {
                throw notSingle(where);
            }
            return value(where, entry.key(), scalar.kind() == YamlScalar.Kind.NUMBER, scalar.text());
        }).toList();
    }

    private List<Value> json(Path file, byte[] content) {
        List<Value> values = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw kind.error(file + ":1: the file must be one JSON object mapping each name to " + kind.expected);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String where = where(file, parser.currentLocation().getLineNr(), name);
                JsonToken token = parser.nextToken();
                if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                    throw notSingle(where);
                }
                values.add(value(where, name, token.isNumeric(), parser.getText()));
            }
            if (parser.nextToken() != null) {
                throw kind.error(file + ":" + parser.currentLocation().getLineNr()
                        + ": unexpected content after the JSON object");
            }
            return values;
        } catch (JsonProcessingException e) {
            throw kind.error(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private String where(Path file, int line, String name) {
        return file + ":" + line + ": " + kind.singular + " \"" + name + "\"";
    }

    private RegistryUsageException notSingle(String where) {
        return kind.error(where + " has no single value; the file must map each name to " + kind.expected
                + ", without nesting");
    }

    private Value value(String where, String name, boolean isNumber, String text) {
        if (kind == Kind.METRICS && !isNumber) {
            throw kind.error(where + " is \"" + text + "\", not a number; write it as a plain decimal such as 0.93");
        }
        return checked(where, name, text);
    }

    private List<Value> properties(Path file, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IllegalArgumentException | IOException e) {
            throw kind.error(file + ": not a valid properties file: " + e.getMessage());
        }
        List<String> lines = text.lines().toList();
        return properties.stringPropertyNames().stream().sorted().map(name -> {
            int line = lineOf(lines, name);
            String where = file + (line > 0 ? ":" + line : "") + ": " + kind.singular + " \"" + name + "\"";
            String value = properties.getProperty(name).strip();
            if (kind == Kind.METRICS && !isNumber(value)) {
                throw kind.error(where + " is \"" + value + "\", not a number; write it as a decimal such as 0.93");
            }
            return checked(where, name, value);
        }).toList();
    }

    private Value checked(String where, String name, String text) {
        try {
            kind.nameCheck.accept(name);
        } catch (RegistryUsageException e) {
            throw kind.error(where + ": " + e.getMessage());
        }
        if (kind == Kind.METRICS && !Double.isFinite(Double.parseDouble(text))) {
            throw kind.error(where + " is " + text + ", which is not a finite number");
        }
        return new Value(name, text);
    }

    private static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** The 1-based line where {@code key} is defined, or 0 when it is written with escapes. */
    private static int lineOf(List<String> lines, String key) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && (line.length() == key.length()
                    || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                return i + 1;
            }
        }
        return 0;
    }

    private record Value(String name, String text) {
        double number() {
            return Double.parseDouble(text);
        }
    }

    private enum Kind {
        METRICS(Input.METRIC, "metrics", "metric", "a number", MetricName::of),
        HYPERPARAMETERS(Input.HYPERPARAMETER, "hyperparameters", "hyperparameter", "a text, number or boolean",
                ParameterName::of);

        private final Input input;
        private final String noun;
        private final String singular;
        private final String expected;
        private final Consumer<String> nameCheck;

        Kind(Input input, String noun, String singular, String expected, Consumer<String> nameCheck) {
            this.input = input;
            this.noun = noun;
            this.singular = singular;
            this.expected = expected;
            this.nameCheck = nameCheck;
        }

        RegistryUsageException error(String message) {
            return new RegistryUsageException(input, message + ".");
        }
    }
}
