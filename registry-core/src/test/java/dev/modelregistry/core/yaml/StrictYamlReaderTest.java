package dev.modelregistry.core.yaml;

import static dev.modelregistry.core.yaml.YamlTestSupport.assertRefused;
import static dev.modelregistry.core.yaml.YamlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.InvalidRegistryFileException;
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
                  loss: 1.0e-7
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
        assertEquals(new YamlScalar(5, Kind.NUMBER, "1.0e-7"), metrics.get("loss").orElseThrow());
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
     * Pins down what the reader makes of plain scalars: a kind when Jackson, YAML 1.1 readers
     * (SnakeYAML, PyYAML, Go's yaml.v2) and YAML 1.2 core-schema readers all agree on it, else a
     * refusal naming the fix; the reason column is part of the message.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            yes                  | refused | YAML 1.1 reads it as bool
            no                   | refused | YAML 1.1 reads it as bool
            on                   | refused | YAML 1.1 reads it as bool
            off                  | refused | YAML 1.1 reads it as bool
            Yes                  | refused | YAML 1.1 reads it as bool
            True                 | refused | YAML 1.1 reads it as bool
            TRUE                 | refused | YAML 1.1 reads it as bool
            FALSE                | refused | YAML 1.1 reads it as bool
            y                    | refused | YAML 1.1 reads it as bool
            Y                    | refused | YAML 1.1 reads it as bool
            n                    | refused | YAML 1.1 reads it as bool
            N                    | refused | YAML 1.1 reads it as bool
            true                 | BOOLEAN |
            false                | BOOLEAN |
            2001-12-14           | refused | YAML 1.1 reads it as timestamp
            2026-11-22T10:15:30Z | refused | YAML 1.1 reads it as timestamp
            2001-12-14t21:59:43.10-05:00 | refused | YAML 1.1 reads it as timestamp
            1:20                 | refused | YAML 1.1 reads it as int
            -1:20                | refused | YAML 1.1 reads it as int
            190:20:30.15         | refused | or write a plain decimal
            =                    | refused | YAML 1.1 reads it as value
            <<                   | refused | YAML 1.1 reads it as merge
            0o17                 | refused | YAML 1.2 reads it as int
            -0o17                | refused | YAML 1.2 reads it as int
            1.2.0                | STRING  |
            2026-11              | STRING  |
            2026-11-22x          | STRING  |
            v1.10                | STRING  |
            12:30x               | STRING  |
            0o19                 | STRING  |
            NaN                  | STRING  |
            inf                  | STRING  |
            1.10                 | NUMBER  |
            0.93                 | NUMBER  |
            -1                   | NUMBER  |
            0                    | NUMBER  |
            -0.0                 | NUMBER  |
            1.5e-3               | NUMBER  |
            1.0E+5               | NUMBER  |
            12345678901234567890123 | NUMBER |
            1e-7                 | refused | or write a plain decimal
            1E+5                 | refused | or write a plain decimal
            1.5e3                | refused | or write a plain decimal
            0123                 | refused | or write a plain decimal
            00                   | refused | or write a plain decimal
            0x1F                 | refused | or write a plain decimal
            0b101                | refused |
            1_000                | refused | or write a plain decimal
            +1                   | refused | or write a plain decimal
            .5                   | refused | or write a plain decimal
            5.                   | refused | or write a plain decimal
            .inf                 | refused | or write a plain decimal
            -.inf                | refused | or write a plain decimal
            .nan                 | refused | or write a plain decimal
            .NaN                 | refused | or write a plain decimal
            ~                    | NULL    |
            null                 | NULL    |
            Null                 | refused | YAML 1.1 reads it as null
            NULL                 | refused | YAML 1.1 reads it as null
            """)
    void plainScalarIsKeptExactlyOrRefused(String plain, String expected, String reason) {
        String yaml = "key: " + plain + "\n";
        if (expected.equals("refused")) {
            InvalidRegistryFileException e = assertRefused(yaml, 1, "ambiguous plain value '" + plain + "'");
            assertTrue(e.getMessage().contains("quote it (\"" + plain + "\") if it is text"), e.getMessage());
            if (reason != null) {
                assertTrue(e.getMessage().contains(reason), e.getMessage());
            }
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
