package dev.modelregistry.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.domain.VersionId;

class YamlTreeCodecTest {

    private static byte[] sampleCard() throws IOException {
        try (InputStream in = YamlTreeCodecTest.class.getResourceAsStream("/dev/modelregistry/core/fuzz/card.yaml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aDecodedTreeIsTheTreeThatWasReadAndMapsToTheSameCard() throws IOException {
        byte[] content = sampleCard();
        YamlMapping read = CardYaml.parse("card.yaml", content);
        YamlMapping decoded = YamlTreeCodec.decode(ByteBuffer.wrap(YamlTreeCodec.encode(read)));
        assertEquals(read, decoded);
        VersionId id = VersionId.parse("churn@1.4.0");
        assertEquals(CardYaml.read("card.yaml", content, id), CardYaml.read("card.yaml", decoded, id));
    }

    @Test
    void everyKindOfNodeSurvivesWithItsLines() {
        String text = "a: \"text\"\nb: 1.5\nc: true\nd: null\ne:\n  - x\n  - [1, 2]\nf:\n  g: {h: \"é ✓\"}\n";
        YamlMapping read = new StrictYamlReader().read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(read, YamlTreeCodec.decode(ByteBuffer.wrap(YamlTreeCodec.encode(read))));
    }

    @Test
    void aDocumentNestedAsDeepAsTheReaderAllowsSurvivesAndADeeperOneIsRefused() {
        StringBuilder text = new StringBuilder();
        for (int level = 1; level < StrictYamlReader.MAX_DEPTH; level++) {
            text.append("  ".repeat(level - 1)).append("k:\n");
        }
        text.append("  ".repeat(StrictYamlReader.MAX_DEPTH - 1)).append("leaf: \"value\"\n");
        YamlMapping deepest = new StrictYamlReader().read("deep.yaml", text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] encoded = YamlTreeCodec.encode(deepest);
        assertEquals(deepest, YamlTreeCodec.decode(ByteBuffer.wrap(encoded)));
        YamlMapping deeper = new YamlMapping(1, java.util.Map.of("k", new YamlMapping.Entry("k", 1, deepest)));
        assertThrows(IllegalArgumentException.class,
                () -> YamlTreeCodec.decode(ByteBuffer.wrap(YamlTreeCodec.encode(deeper))));
    }

    @Test
    void bytesThatAreNoEncodedMappingAreRefused() throws IOException {
        byte[] encoded = YamlTreeCodec.encode(CardYaml.parse("card.yaml", sampleCard()));
        assertThrows(IllegalArgumentException.class,
                () -> YamlTreeCodec.decode(ByteBuffer.wrap(Arrays.copyOf(encoded, encoded.length / 2))));
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertThrows(IllegalArgumentException.class, () -> YamlTreeCodec.decode(ByteBuffer.wrap(longer)));
        byte[] badType = encoded.clone();
        badType[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> YamlTreeCodec.decode(ByteBuffer.wrap(badType)));
        byte[] scalarRoot = YamlTreeCodec.encode(new YamlMapping(1, java.util.Map.of()));
        scalarRoot[0] = 2;
        assertThrows(IllegalArgumentException.class, () -> YamlTreeCodec.decode(ByteBuffer.wrap(scalarRoot)));
    }
}
