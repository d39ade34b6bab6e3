package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.RegistryInternalException;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one registry YAML file into a {@link YamlMapping}, refusing anything hostile or ambiguous
 * with an {@link InvalidRegistryFileException} that names the file, the line and the fix.
 *
 * <p>Refused: input over the size limit (checked before parsing), invalid UTF-8, control
 * characters other than tab and line breaks and unpaired surrogates (raw or escaped, as in
 * <code>"&#92;uD800"</code>), syntax errors, an empty file, a root that is not a mapping, a second
 * document, anchors, aliases, merge keys ({@code <<}), explicit tags ({@code !!str},
 * {@code !custom}, ...), duplicate keys, empty keys, keys that are lists, mappings or plain
 * scalars some YAML reader would not take as a string ({@code 1:}, {@code true:}, {@code ~:},
 * {@code y:}), and nesting deeper than {@value #MAX_DEPTH} levels.
 *
 * <p>Scalar policy. Quoted and block scalars are always {@link YamlScalar.Kind#STRING}. A plain
 * (unquoted) scalar keeps a type other than text only in its one spelling that Jackson, YAML 1.1
 * readers (SnakeYAML, PyYAML, Go's yaml.v2) and YAML 1.2 core-schema readers all read alike:
 * <ul>
 *   <li>a number only when written as a canonical decimal,
 *       {@code -?(0|[1-9][0-9]*)(\.[0-9]+([eE][-+][0-9]+)?)?} (an exponent needs a fraction and a
 *       sign: PyYAML reads {@code 1e-7} as text);</li>
 *   <li>a boolean only when written {@code true} or {@code false};</li>
 *   <li>a null only when written {@code null}, {@code ~} or left empty.</li>
 * </ul>
 * Any other plain scalar must be text to every reader, or it is refused as ambiguous with the fix
 * to quote it: numbers and booleans in other spellings ({@code 0123}, {@code 0x1F}, {@code 1_000},
 * {@code +1}, {@code 1e3}, {@code .inf}, {@code True}, {@code yes}, {@code y}, {@code Null}),
 * YAML 1.1 timestamps and base-60 numbers ({@code 2001-12-14}, {@code 1:20}), the YAML 1.1 value
 * key {@code =}, {@code <<} and YAML 1.2 octals ({@code 0o17}). Plain text such as {@code 1.2.0}
 * or {@code 2026-11} stays STRING. A scalar's text is always exactly its source characters, never
 * a converted value.
 */
public final class StrictYamlReader {

    /** The default size limit: 512 KiB. */
    public static final int DEFAULT_MAX_BYTES = 512 * 1024;

    /** The deepest nesting of mappings and lists accepted, the root mapping being level 1. */
    public static final int MAX_DEPTH = 64;

    private static final int MAX_NAME_LENGTH = 1024;
    private static final int MAX_NUMBER_LENGTH = 1000;

    private final int maxBytes;
    private final StrictYamlFactory factory;

    /**
     * The shared reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}, made on first
     * use, so that code that only maps trees kept elsewhere loads no YAML parser.
     */
    public static StrictYamlReader standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final StrictYamlReader INSTANCE = new StrictYamlReader();
    }

    /** A reader with the {@linkplain #DEFAULT_MAX_BYTES default size limit}. */
    public StrictYamlReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses content longer than {@code maxBytes}. */
    public StrictYamlReader(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        LoaderOptions loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit(maxBytes);
        this.factory = new StrictYamlFactory(YAMLFactory.builder()
                .loaderOptions(loaderOptions)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(maxBytes)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build()));
    }

    /** The size limit in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Reads {@code content}, the bytes of the file at {@code path} (used in messages only).
     *
     * @throws InvalidRegistryFileException if the content breaks any rule of this class
     */
    public YamlMapping read(String path, byte[] content) {
        if (content.length > maxBytes) {
            throw new InvalidRegistryFileException(path, 0,
                    "the file is " + content.length + " bytes, more than the limit of " + maxBytes + " bytes",
                    "shrink the file; registry files are small text files");
        }
        String text = SourceText.decode(path, content);
        try (EventYamlParser parser = factory.open(text)) {
            try {
                return new TreeBuilder(path, parser).document();
            } catch (JsonProcessingException e) {
                throw SyntaxErrors.translate(path, parser, e);
            }
        } catch (IOException e) {
            throw new RegistryInternalException("could not parse " + path + " from memory", e);
        }
    }
}
