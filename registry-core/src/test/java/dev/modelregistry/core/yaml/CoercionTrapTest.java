package dev.modelregistry.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.Samples;

/**
 * YAML 1.1 coercion traps (docs/reliability.md, item 7) put into a card's {@code name},
 * {@code version}, {@code stage} and {@code artifact.sha256}, plain and quoted: each card is read
 * with the field exactly as written, or refused with an error naming the file, never coerced
 * ({@code 1.10} never becomes {@code 1.1}, {@code yes} never {@code true}, {@code 0123} never 83).
 */
class CoercionTrapTest {

    private static final String PATH = "models/churn/1.0.0/card.yaml";
    private static final List<String> TRAPS = List.of("1.10", "0123", "yes", "Yes", "NO", "on", "y", ".inf", "-.inf",
            ".NaN", "1e3", "1_000", "0x1F", "0o17", "1:20", "true", "null", "~", "2001-12-14", "1.0", "=", "<<");
    private static final List<Field> FIELDS = List.of(
            new Field("name", card -> card.name().value()),
            new Field("version", card -> card.version().toString()),
            new Field("stage", card -> card.stage().value()),
            new Field("sha256", card -> card.artifact().sha256()));

    @Test
    void everyTrapInEveryFieldIsKeptExactlyOrRefusedNeverCoerced() {
        int kept = 0;
        int refused = 0;
        for (Field field : FIELDS) {
            for (String trap : TRAPS) {
                for (boolean quoted : List.of(false, true)) {
                    String written = quoted ? "\"" + trap + "\"" : trap;
                    String where = field.name() + ": " + written;
                    try {
                        ModelCard card = CardYaml.read(PATH, card(field.name(), written), expected(field.name(), trap));
                        assertEquals(trap, field.value().apply(card), where + " was coerced");
                        assertTrue(quoted, where + ": a plain trap must be refused, since YAML 1.1 readers coerce it");
                        kept++;
                    } catch (RegistryUsageException e) {
                        assertTrue(e.getMessage().startsWith(PATH), where + ": " + e.getMessage());
                        refused++;
                    }
                }
            }
        }
        assertEquals(FIELDS.size() * TRAPS.size() * 2, kept + refused);
        assertTrue(kept > 0, "quoted traps that fit a field's grammar are kept");
        System.out.println("coercion traps: " + (kept + refused) + " cards, " + kept + " kept exactly, " + refused
                + " refused, 0 coerced");
    }

    /** A valid card of churn@1.0.0 with {@code field} written as {@code value}. */
    private static byte[] card(String field, String value) {
        String sha = Samples.sha256("model");
        String yaml = "name: \"churn\"\n"
                + "version: \"1.0.0\"\n"
                + "stage: \"development\"\n"
                + "createdAt: \"2026-11-22T10:15:30Z\"\n"
                + "createdBy: \"Alice <alice@example.com>\"\n"
                + "artifact:\n"
                + "  uri: \"store:sha256/" + sha + "\"\n"
                + "  sha256: \"" + sha + "\"\n"
                + "  size: 5\n";
        String line = field.equals("sha256") ? "  sha256: \"" + sha + "\"\n" : field + ": \"" + (field.equals("name")
                ? "churn" : field.equals("version") ? "1.0.0" : "development") + "\"\n";
        String replacement = (field.equals("sha256") ? "  sha256: " : field + ": ") + value + "\n";
        return yaml.replace(line, replacement).getBytes(StandardCharsets.UTF_8);
    }

    /** The directory a card with the trap kept exactly would be stored under, where the trap can name one. */
    private static VersionId expected(String field, String trap) {
        try {
            if (field.equals("name")) {
                return new VersionId(ModelName.of(trap), Version.parse("1.0.0"));
            }
            if (field.equals("version")) {
                return new VersionId(ModelName.of("churn"), Version.parse(trap));
            }
        } catch (RegistryUsageException notAName) {
            // the card will be refused for its name or version alone
        }
        return VersionId.parse("churn@1.0.0");
    }

    private record Field(String name, Function<ModelCard, String> value) {
    }
}
