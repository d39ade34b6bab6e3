package dev.modelregistry.core.bench.cards;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelYaml;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.VersionId;

/**
 * Holds generated files to the registry's own format: a file passes when the core's strict reader
 * reads it and the core's writer writes what was read back to exactly the same bytes.
 */
final class WriterFormat {

    private WriterFormat() {
    }

    /** {@code text}, the card of {@code name@version} at {@code path}, once it has passed. */
    static String card(String path, String name, String version, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return same(path, bytes, CardYaml.write(CardYaml.read(path, bytes, VersionId.parse(name + "@" + version))),
                text);
    }

    /** {@code text}, the model file of {@code name} at {@code path}, once it has passed. */
    static String model(String path, String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return same(path, bytes, ModelYaml.write(ModelYaml.read(path, bytes, ModelName.of(name))), text);
    }

    private static String same(String path, byte[] generated, byte[] written, String text) {
        if (!Arrays.equals(generated, written)) {
            throw new IllegalStateException("the generated " + path + " is not what the registry writes:\n" + text
                    + "--- the registry writes:\n" + new String(written, StandardCharsets.UTF_8));
        }
        return text;
    }
}
