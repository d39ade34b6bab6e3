package dev.modelregistry.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.ModelYaml;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.policy.PolicyYaml;
import dev.modelregistry.core.yaml.StrictYamlReader;

/**
 * Coverage-guided fuzzing of the strict readers of the three registry files (Jazzer): a card, a
 * {@code model.yaml} or a {@code registry.yaml}, as arbitrary bytes or as a valid file with
 * structure-aware {@link YamlMutations}. Every read returns or throws an
 * {@link InvalidRegistryFileException} within a second, in a 256 MiB heap (the {@code fuzz}
 * execution of surefire); a card or model file that reads is written back to bytes that read to an
 * equal value (or that are over the size limit, which the registry refuses to store). The inputs
 * under {@code RegistryFilesFuzzTestInputs/} are the regression corpus.
 */
class RegistryFilesFuzzTest {

    private static final VersionId CARD = VersionId.parse("churn@1.4.0");
    private static final String CARD_PATH = "models/churn/1.4.0/card.yaml";
    private static final String MODEL_PATH = "models/churn/model.yaml";
    private static final String POLICY_PATH = "registry.yaml";
    private static final List<String> BASES = List.of(resource("card.yaml"), resource("model.yaml"),
            resource("registry.yaml"));

    /** Loads (and lets Jazzer instrument) the readers once, so that no try pays for class loading. */
    @BeforeAll
    static void loadTheReaders() {
        readCard(BASES.get(0).getBytes(StandardCharsets.UTF_8));
        readModel(BASES.get(1).getBytes(StandardCharsets.UTF_8));
        PolicyYaml.read(POLICY_PATH, BASES.get(2).getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "2h")
    void readsOrRefuses(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, BASES.size() - 1);
        byte[] content = data.consumeBoolean() ? YamlMutations.mutate(BASES.get(kind), data)
                : data.consumeRemainingAsBytes();
        switch (kind) {
            case 0 -> BoundedCall.returnsOrRefuses(InvalidRegistryFileException.class, content,
                    () -> CardYaml.read(CARD_PATH, content, CARD)).ifPresent(card -> readsBackEqual(card,
                            CardYaml.write(card), RegistryFilesFuzzTest::readCard));
            case 1 -> BoundedCall.returnsOrRefuses(InvalidRegistryFileException.class, content,
                    () -> ModelYaml.read(MODEL_PATH, content, CARD.name())).ifPresent(model -> readsBackEqual(model,
                            ModelYaml.write(model), RegistryFilesFuzzTest::readModel));
            default -> BoundedCall.returnsOrRefuses(InvalidRegistryFileException.class, content,
                    () -> PolicyYaml.read(POLICY_PATH, content));
        }
    }

    /**
     * {@code written}, the file written back from {@code value}, reads to an equal value, unless it
     * is over the size limit: the writer escapes characters that a hand-written file may hold as
     * they are (a tab becomes \t), so it can grow, and the registry then refuses to store it
     * (StorableYaml).
     */
    private static <T> void readsBackEqual(T value, byte[] written, Function<byte[], T> read) {
        if (written.length <= StrictYamlReader.DEFAULT_MAX_BYTES) {
            assertEquals(value, read.apply(written), () -> "written back, it reads differently: " + value);
        }
    }

    private static ModelCard readCard(byte[] written) {
        return CardYaml.read(CARD_PATH, written, CARD);
    }

    private static RegisteredModel readModel(byte[] written) {
        return ModelYaml.read(MODEL_PATH, written, ModelName.of("churn"));
    }

    private static String resource(String name) {
        try (InputStream in = RegistryFilesFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
