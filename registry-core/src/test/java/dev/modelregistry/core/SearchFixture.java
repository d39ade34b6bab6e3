package dev.modelregistry.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * A registry of four versions for the search, compare and best tests, registered at different
 * times and in an order unlike their name order:
 * <pre>
 * at T+1 churn@1.1.0    classification  tabular, team:churn  accuracy 0.93, auc 0.97  max_depth 8  (staging)
 * at T+2 ChurnEU@2.0.0  classification  tabular              accuracy 0.93
 * at T+3 churn@1.0.0    classification  tabular              accuracy 0.90, auc 0.95  eta 0.10, max_depth 6
 * at T+4 fraud@0.1.0    anomaly-detection stream             recall 0.8
 * </pre>
 */
final class SearchFixture {

    /** When the first version was registered. */
    static final Instant T = Instant.parse("2026-11-01T09:00:00Z");

    private final Path path;
    private final TestRegistries registries = new TestRegistries();

    private SearchFixture(Path path) {
        this.path = path;
    }

    /** Creates the registry at {@code path}. */
    static SearchFixture create(Path path) {
        SearchFixture fixture = new SearchFixture(path);
        fixture.register(1, "churn", "1.1.0", "classification", List.of("tabular", "team:churn"),
                Map.of("accuracy", 0.93, "auc", 0.97), Map.of("max_depth", "8"));
        fixture.register(2, "ChurnEU", "2.0.0", "classification", List.of("tabular"), Map.of("accuracy", 0.93),
                Map.of());
        fixture.register(3, "churn", "1.0.0", "classification", List.of("tabular"),
                Map.of("accuracy", 0.90, "auc", 0.95), Map.of("eta", "0.10", "max_depth", "6"));
        fixture.register(4, "fraud", "0.1.0", "anomaly-detection", List.of("stream"), Map.of("recall", 0.8),
                Map.of());
        try (ModelRegistry registry = fixture.open()) {
            registry.transition(new TransitionRequest(ModelReference.parse("churn@1.1.0"), StageName.of("staging"),
                    "offline evaluation passed"));
        }
        return fixture;
    }

    /** The registry's location. */
    Path path() {
        return path;
    }

    /** Opens the registry. */
    ModelRegistry open() {
        return registries.open(path);
    }

    /** Registers one more version, {@code hours} after {@link #T}. */
    void register(int hours, String name, String version, String taskType, List<String> tags,
            Map<String, Double> metrics, Map<String, String> hyperparameters) {
        try (ModelRegistry registry = ModelRegistry.openOrInit(path, registries.at(T.plusSeconds(3600L * hours)))) {
            registry.register(Samples.request(name, name + version).version(Version.parse(version))
                    .taskType(taskType).tags(tags.stream().map(Tag::of).toList()).metrics(metrics)
                    .hyperparameters(hyperparameters).build());
        }
    }

    /** The ids of {@code cards} as text, in order. */
    static List<String> ids(List<ModelCard> cards) {
        return cards.stream().map(card -> card.id().toString()).toList();
    }
}
