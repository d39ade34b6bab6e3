package dev.modelregistry.core.yaml;

import static dev.modelregistry.core.yaml.YamlTestSupport.PATH;
import static dev.modelregistry.core.yaml.YamlTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.modelregistry.core.InvalidRegistryFileException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile, broken and ambiguous input: each is refused with its file, line and a fix. */
class HostileYamlTest {

    private static final int DEEP = 50_000;

    @ParameterizedTest
    @ValueSource(ints = {1 << 20, 4 << 20, 64 << 20})
    void oversizeContentIsRefusedBeforeDecodingOrParsing(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 0xFF); // not UTF-8 either: only the size check may answer
        assertRefused(content, 0, "the file is " + size + " bytes, more than the limit of 524288 bytes");
    }

    @Test
    void sizeLimitIsConfigurable() {
        StrictYamlReader reader = new StrictYamlReader(8);
        assertEquals(8, reader.maxBytes());
        assertEquals(1, reader.read(PATH, "a: 1\n".getBytes()).entries().size());
        InvalidRegistryFileException e = assertThrows(InvalidRegistryFileException.class,
                () -> reader.read(PATH, "abc: 1234\n".getBytes()));
        assertEquals(PATH + ": the file is 10 bytes, more than the limit of 8 bytes; "
                + "shrink the file; registry files are small text files", e.getMessage());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepFlowSequencesAreRefusedWithoutStackOverflow() {
        assertRefused("a: " + "[".repeat(DEEP) + "]".repeat(DEEP), 1,
                "nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepFlowMappingsAreRefusedWithoutStackOverflow() {
        assertRefused("a: {".repeat(DEEP) + "}".repeat(DEEP), 1, "nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepBlockSequencesAreRefusedWithoutStackOverflow() {
        assertRefused("a:\n" + "- ".repeat(DEEP) + "x\n", 2, "nesting depth (65) exceeds the maximum allowed (64)");
    }

    /** Block mappings need one more space per level, so 1,000 levels is what fits in 512 KiB. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void deepBlockMappingsAreRefused() {
        String yaml = IntStream.range(0, 1000).mapToObj(level -> " ".repeat(level) + "a:")
                .collect(Collectors.joining("\n", "", " x\n"));
        assertRefused(yaml, 65, "nesting depth (65) exceeds the maximum allowed (64)");
    }

    @Test
    void billionLaughsIsRefusedAtTheFirstAnchor() {
        StringBuilder yaml = new StringBuilder("lol0: &a0 \"lol\"\n");
        for (int i = 1; i < 10; i++) {
            String ref = "*a" + (i - 1);
            yaml.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, ref))).append("]\n");
        }
        assertRefused(yaml.toString(), 1, "anchor '&a0' is not allowed");
    }

    @Test
    void anchorsAreRefusedOnValuesKeysAndCollections() {
        assertRefused("a: 1\nb: &x 2\n", 2, "anchor '&x' is not allowed");
        assertRefused("&k a: 1\n", 1, "anchor '&k' is not allowed");
        assertRefused("a: 1\nb: &m\n  c: 1\n", 2, "anchor '&m' is not allowed");
        assertRefused("a: &s [1]\n", 1, "anchor '&s' is not allowed");
    }

    @Test
    void aliasesAreRefused() {
        assertRefused("a: 1\nb: *x\n", 2, "alias '*x' is not allowed");
        assertRefused("a: [1, *x]\n", 1, "alias '*x' is not allowed");
    }

    @Test
    void mergeKeysAreRefused() {
        assertRefused("base: {a: 1}\nmerged:\n  <<: {b: 2}\n", 3, "merge key '<<' is not allowed");
    }

    @Test
    void explicitTagsAreRefused() {
        assertRefused("a: 1\nurl: !!java.net.URL \"http://x\"\n", 2, "explicit tag '!!java.net.URL' is not allowed");
        assertRefused("a: !!str x\n", 1, "explicit tag '!!str' is not allowed");
        assertRefused("a: !foo x\n", 1, "explicit tag '!foo' is not allowed");
        assertRefused("a: ! x\n", 1, "explicit tag '!' is not allowed");
        assertRefused("a: !!binary aGVsbG8=\n", 1, "explicit tag '!!binary' is not allowed");
        assertRefused("!!str a: x\n", 1, "explicit tag '!!str' is not allowed");
        assertRefused("a: !!map {b: 1}\n", 1, "explicit tag '!!map' is not allowed");
        assertRefused("a: !!seq [1]\n", 1, "explicit tag '!!seq' is not allowed");
    }

    @Test
    void duplicateKeysAreRefusedNamingBothLines() {
        assertRefused("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first on line 1)");
        assertRefused("m:\n  x: 1\n  z: 2\n  x: 1\n", 4, "duplicate key 'x' (first on line 2)");
        assertRefused("l: [{k: 1, k: 2}]\n", 1, "duplicate key 'k' (first on line 1)");
    }

    @Test
    void emptyKeysAreRefusedEverywhere() {
        assertRefused("\"\": x\n", 1, "empty key; give the entry a name, or remove it");
        assertRefused("a: 1\nmetadata:\n  '': x\n", 3, "empty key");
        assertRefused("metadata: {list: [{\"\": 1}]}\n", 1, "empty key");
        assertRefused("a: 1\n? \n: x\n", 2, "empty key");
    }

    @Test
    void aSecondDocumentIsRefused() {
        assertRefused("a: 1\n---\nb: 2\n", 3, "a second YAML document starts here");
        assertRefused("a: 1\n---\n", 3, "a second YAML document starts here");
    }

    @Test
    void contentAfterTheDocumentEndIsRefused() {
        assertRefused("a: 1\n...\nb\n", 3, "invalid YAML: expected '<document start>', but found '<scalar>'");
    }

    @Test
    void theRootMustBeAMapping() {
        assertRefused("- a\n- b\n", 1, "the document must be a mapping of fields, found a list");
        assertRefused("hello\n", 1, "the document must be a mapping of fields, found a single value");
        assertRefused("\"quoted\"\n", 1, "found a single value");
    }

    @Test
    void emptyDocumentsAreRefused() {
        assertRefused("", 0, "the file has no content");
        assertRefused("# only a comment\n\n", 0, "the file has no content");
        assertRefused("---\n", 0, "the file has no content");
    }

    @Test
    void invalidUtf8IsRefusedAtItsLine() {
        byte[] content = {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        assertRefused(content, 2, "the file is not valid UTF-8 (byte 0xC3)");
        assertRefused(new byte[] {'a', ':', ' ', (byte) 0xE2, (byte) 0x82}, 1, "not valid UTF-8");
    }

    @Test
    void syntaxErrorsAreShortAndLocated() {
        InvalidRegistryFileException tab = assertRefused("a:\n\tb: 1\n", 2, "invalid YAML: ");
        assertFalse(tab.getMessage().contains("\n"), tab.getMessage());
        assertRefused("a: [1, 2\n", 2, "invalid YAML: expected ',' or ']', but got <stream end>");
        assertRefused("a: b: c\n", 1, "invalid YAML: mapping values are not allowed here");
        assertRefused("a: \"open\n", 2, "invalid YAML: found unexpected end of stream");
        InvalidRegistryFileException indented = assertRefused("a:\n  b: 1\n c: 2\n", 3, "invalid YAML: ");
        assertFalse(indented.getMessage().contains("Source"), indented.getMessage());
    }

    @Test
    void complexKeysAreRefused() {
        assertRefused("a: 1\n? [x, y]\n: z\n", 2, "a mapping key must be a plain string");
        assertRefused("? {x: 1}\n: z\n", 1, "a mapping key must be a plain string");
    }

    @Test
    void plainKeysThatAreNotStringsAreRefused() {
        assertRefused("1: x\n", 1, "key '1' is not a plain string (YAML 1.1 reads it as int); quote it (\"1\")");
        assertRefused("a: 1\ntrue: x\n", 2, "key 'true' is not a plain string (YAML 1.1 reads it as bool)");
        assertRefused("yes: x\n", 1, "key 'yes' is not a plain string (YAML 1.1 reads it as bool)");
        assertRefused("~: x\n", 1, "key '~' is not a plain string (YAML 1.1 reads it as null)");
        assertRefused("0.5: x\n", 1, "key '0.5' is not a plain string (YAML 1.1 reads it as float)");
        assertRefused("2001-12-14: x\n", 1, "key '2001-12-14' is not a plain string (YAML 1.1 reads it as timestamp)");
        assertRefused("n: x\n", 1, "key 'n' is not a plain string (YAML 1.1 reads it as bool)");
        assertRefused("=: x\n", 1, "key '=' is not a plain string (YAML 1.1 reads it as value)");
        assertRefused("0o17: x\n", 1, "key '0o17' is not a plain string (YAML 1.2 reads it as int)");
    }

    @Test
    void ambiguousScalarsAreRefusedWhereverTheyAre() {
        assertRefused("a:\n  b: [1, 0x1F]\n", 2, "ambiguous plain value '0x1F'");
        assertRefused("a:\n- x\n- yes\n", 3, "ambiguous plain value 'yes' (YAML 1.1 reads it as bool); quote it (\"yes\") if it is text");
    }

    @Test
    void numbersTooLongForJacksonAreRefusedNotTurnedIntoText() {
        assertRefused("a: " + "1".repeat(2000) + "\n", 1, "is too long to be read as a number");
    }

    @Test
    void controlCharactersAreRefusedAndNamed() {
        assertRefused("a: 1\nb: x\u0007y\n", 2, "control character U+0007 is not allowed");
        assertRefused("a: x\u0085y\n", 1, "control character U+0085 is not allowed");
        assertRefused("a: 1\nb: \"x\\x07y\"\n", 2, "control character U+0007 in a value");
        assertRefused("a: \"x\\ry\"\n", 1, "control character U+000D in a value");
        assertRefused("\"k\\x00\": 1\n", 1, "control character U+0000 in a key");
    }

    @Test
    void unpairedSurrogatesAreRefusedAndPairsKept() {
        assertRefused("a: 1\nb: \"x\\uD800y\"\n", 2, "unpaired surrogate U+D800 in a value; write the whole character");
        assertRefused("a: \"\\uDE00x\"\n", 1, "unpaired surrogate U+DE00 in a value");
        assertRefused("a: \"x\\uD83D\"\n", 1, "unpaired surrogate U+D83D in a value");
        assertRefused("\"k\\uD800\": 1\n", 1, "unpaired surrogate U+D800 in a key");
        byte[] encodedSurrogate = {'a', ':', ' ', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '\n'};
        assertRefused(encodedSurrogate, 1, "the file is not valid UTF-8 (byte 0xED)");
        YamlMapping root = YamlTestSupport.read("a: \"\\uD83D\\uDE00\"\nb: \"\\U0001F600\"\nc: \"\uD83D\uDE00\"\n");
        for (String key : List.of("a", "b", "c")) {
            assertEquals(new YamlScalar(root.get(key).orElseThrow().line(), YamlScalar.Kind.STRING, "\uD83D\uDE00"),
                    root.get(key).orElseThrow());
        }
    }
}
