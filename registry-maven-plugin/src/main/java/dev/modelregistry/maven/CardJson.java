package dev.modelregistry.maven;

import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.modelregistry.core.card.CardYaml;
import dev.modelregistry.core.card.ModelCard;

/**
 * The JSON form of a model card: exactly the fields and field order of its {@code card.yaml}
 * (see {@code docs/registry-format.md}), so scripts read one schema whether they read the
 * registry's files or this plugin's output. Numbers keep their exact decimal form.
 */
public final class CardJson {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private CardJson() {
    }

    /** The card as a JSON tree. */
    public static JsonNode of(ModelCard card) throws IOException {
        return YAML.readTree(CardYaml.write(card));
    }
}
