package dev.modelregistry.core.yaml;

import static dev.modelregistry.core.yaml.YamlTestSupport.assertRefused;
import static dev.modelregistry.core.yaml.YamlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.modelregistry.core.yaml.YamlScalar.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictYamlReaderTest {

    @Test
    void readsAnOrderedTreeWithLines() {
        YamlMapping root = read("""
                name: "churn"
                version: '1.10'
                metrics:
                  accuracy: 0.93
                  loss: 1e-7
                tags: [a, "b"]
                deployed: false
                notes:
                description: |
                  two
                  lines
                """);

        assertEquals(List.of("name", "version", "metrics", "tags", "deployed", "notes", "description"),
                List.copyOf(root.entries().keySet()));
        assertEquals(1, root.line());
        assertEquals(new YamlScalar(2, Kind.STRING, "1.10"), root.get("version").orElseThrow());
        YamlMapping metrics = assertInstanceOf(YamlMapping.class, root.get("metrics").orElseThrow());
        assertEquals(4, metrics.line());
        assertEquals(4, metrics.entries().get("accuracy").keyLine());
        assertEquals(new YamlScalar(5, Kind.NUMBER, "1e-7"), metrics.get("loss").orElseThrow());
        YamlSequence tags = assertInstanceOf(YamlSequence.class, root.get("tags").orElseThrow());
        assertEquals(List.of(new YamlScalar(6, Kind.STRING, "a"), new YamlScalar(6, Kind.STRING, "b")), tags.items());
        assertEquals(new YamlScalar(7, Kind.BOOLEAN, "false"), root.get("deployed").orElseThrow());
        assertEquals(Kind.NULL, ((YamlScalar) root.get("notes").orElseThrow()).kind());
        assertEquals(new YamlScalar(9, Kind.STRING, "two\nlines\n"), root.get("description").orElseThrow());
    }

    @Test
    void acceptsDocumentStartMarkerCommentsAndCrLf() {
        YamlMapping root = read("# card\r\n---\r\nname: \"x\"\r\n...\r\n");
        assertEquals(new YamlScalar(3, Kind.STRING, "x"), root.get("name").orElseThrow());
    }

    @Test
    void quotedKeysMayLookLikeOtherTypes() {
        YamlMapping root = read("\"1\": a\n'true': b\n\"<<\": c\n\"~\": d\n");
        assertEquals(List.of("1", "true", "<<", "~"), List.copyOf(root.entries().keySet()));
    }

    /**
     * Pins down what Jackson 2.22 makes of plain scalars that YAML readers disagree on, and that
     * the reader either keeps the exact text or refuses the value.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            yes        | refused
            no         | refused
            on         | refused
            off        | refused
            Yes        | refused
            True       | refused
            TRUE       | refused
            FALSE      | refused
            true       | BOOLEAN
            false      | BOOLEAN
            y          | STRING
            n          | STRING
            2001-12-14 | STRING
            1.2.0      | STRING
            0o17       | STRING
            1:20       | STRING
            1.10       | NUMBER
            0.93       | NUMBER
            -0.0       | NUMBER
            1e-7       | NUMBER
            1E+5       | NUMBER
            12345678901234567890123 | NUMBER
            0123       | refused
            00         | refused
            0x1F       | refused
            0b101      | refused
            1_000      | refused
            +1         | refused
            .5         | refused
            5.         | refused
            .inf       | refused
            -.inf      | refused
            .nan       | refused
            .NaN       | refused
            ~          | NULL
            null       | NULL
            Null       | refused
            NULL       | refused
            """)
    void plainScalarIsKeptExactlyOrRefused(String plain, String expected) {
        String yaml = "key: " + plain + "\n";
        if (expected.equals("refused")) {
            assertRefused(yaml, 1, "ambiguous plain value '" + plain + "'; quote it (\"" + plain + "\") if it is text");
        } else {
            assertEquals(new YamlScalar(1, Kind.valueOf(expected), plain), read(yaml).get("key").orElseThrow());
        }
        assertEquals(new YamlScalar(1, Kind.STRING, plain), read("key: \"" + plain + "\"\n").get("key").orElseThrow());
        assertEquals(new YamlScalar(1, Kind.STRING, plain), read("key: '" + plain + "'\n").get("key").orElseThrow());
    }

    @Test
    void emptyPlainValueIsNullButEmptyQuotedValueIsString() {
        YamlMapping root = read("a:\nb: \"\"\nc: ''\n");
        assertEquals(new YamlScalar(1, Kind.NULL, ""), root.get("a").orElseThrow());
        assertEquals(new YamlScalar(2, Kind.STRING, ""), root.get("b").orElseThrow());
        assertEquals(new YamlScalar(3, Kind.STRING, ""), root.get("c").orElseThrow());
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        int depth = StrictYamlReader.MAX_DEPTH - 1;
        YamlMapping root = read("a: " + "[".repeat(depth) + "]".repeat(depth) + "\n");
        YamlNode node = root.get("a").orElseThrow();
        for (int level = 1; level < depth; level++) {
            node = ((YamlSequence) node).items().get(0);
        }
        assertEquals(List.of(), ((YamlSequence) node).items());
    }
}
