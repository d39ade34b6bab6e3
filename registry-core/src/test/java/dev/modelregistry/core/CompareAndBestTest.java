package dev.modelregistry.core;

import static dev.modelregistry.core.SearchFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.ParameterName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.Direction;
import dev.modelregistry.core.query.ModelComparison;

class CompareAndBestTest {

    private static final MetricName ACCURACY = MetricName.of("accuracy");
    private static final MetricName AUC = MetricName.of("auc");
    private static final VersionId CHURN_10 = VersionId.parse("churn@1.0.0");
    private static final VersionId CHURN_11 = VersionId.parse("churn@1.1.0");
    private static final VersionId CHURN_EU = VersionId.parse("ChurnEU@2.0.0");

    private SearchFixture fixture;

    @BeforeEach
    void createRegistry(@TempDir Path dir) {
        fixture = SearchFixture.create(dir.resolve("registry"));
    }

    private ModelComparison compare(String... references) {
        try (ModelRegistry registry = fixture.open()) {
            return registry.compare(List.of(references).stream().map(ModelReference::parse).toList());
        }
    }

    private Optional<String> best(MetricName metric, Direction direction, CardFilter filter) {
        try (ModelRegistry registry = fixture.open()) {
            return registry.best(metric, direction, filter).map(card -> card.id().toString());
        }
    }

    @Test
    void aComparisonHasTheVersionsInTheOrderAskedAndTheUnionOfTheirKeys() {
        ModelComparison table = compare("ChurnEU@latest", "churn@1.0.0", "churn@staging");
        assertEquals(List.of("ChurnEU@2.0.0", "churn@1.0.0", "churn@1.1.0"), ids(table.cards()));
        assertEquals(List.of(ACCURACY, AUC), table.metrics());
        assertEquals(List.of(ParameterName.of("eta"), ParameterName.of("max_depth")), table.hyperparameters());
        assertEquals(Optional.of(0.95), table.metric(CHURN_10, AUC));
        assertEquals(Optional.of(0.97), table.metric(CHURN_11, AUC));
        assertEquals(Optional.empty(), table.metric(CHURN_EU, AUC));
        assertEquals(Optional.of("6"), table.hyperparameter(CHURN_10, ParameterName.of("max_depth")));
        assertEquals(Optional.of("8"), table.hyperparameter(CHURN_11, ParameterName.of("max_depth")));
        assertEquals(Optional.empty(), table.hyperparameter(CHURN_11, ParameterName.of("eta")));
        assertThrows(IllegalArgumentException.class, () -> table.metric(VersionId.parse("fraud@0.1.0"), AUC));
    }

    @Test
    void theComparisonNamesTheBestVersionPerMetricAndDirection() {
        ModelComparison table = compare("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0", "fraud@0.1.0");
        assertEquals(Optional.of(CHURN_11), table.best(AUC, Direction.MAX).map(ModelCard::id));
        assertEquals(Optional.of(CHURN_10), table.best(AUC, Direction.MIN).map(ModelCard::id));
        assertEquals(Optional.of(CHURN_EU), table.best(ACCURACY, Direction.MAX).map(ModelCard::id),
                "0.93 is a tie, which the greater version wins");
        assertEquals(Optional.empty(), table.best(MetricName.of("f1"), Direction.MAX));
    }

    @Test
    void referencesToTheSameVersionGiveOneColumnAtTheFirstOfThem() {
        ModelComparison table = compare("churn@staging", "churn@1.0.0", "churn@1.1.0", "churn@staging");
        assertEquals(List.of("churn@1.1.0", "churn@1.0.0"), ids(table.cards()));
        assertEquals(List.of("churn@1.1.0"), ids(compare("churn@1.1.0").cards()));
    }

    @Test
    void anEmptyListOrAnUnknownVersionIsAUsageError() {
        RegistryUsageException empty = assertThrows(RegistryUsageException.class, this::compare);
        assertEquals(Input.REFERENCE, empty.input());
        assertEquals("No versions to compare; give one or more references such as churn@1.2.0 churn@production.",
                empty.getMessage());
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> compare("churn@1.0.0", "churn@9.0.0"));
        assertEquals(Input.VERSION, unknown.input());
        assertEquals("No version churn@9.0.0 in the registry; the versions of churn are: 1.0.0, 1.1.0.",
                unknown.getMessage());
    }

    @Test
    void bestPicksTheExtremeAmongFilteredVersionsSkippingThoseLackingTheMetric() {
        assertEquals(Optional.of("churn@1.1.0"), best(AUC, Direction.MAX, CardFilter.ANY));
        assertEquals(Optional.of("churn@1.0.0"), best(AUC, Direction.MIN, CardFilter.ANY));
        assertEquals(Optional.of("churn@1.0.0"), best(ACCURACY, Direction.MIN, CardFilter.ANY));
        assertEquals(Optional.of("churn@1.1.0"), best(ACCURACY, Direction.MAX,
                CardFilter.ANY.named(ModelNamePattern.of("churn"))));
        assertEquals(Optional.of("churn@1.0.0"), best(AUC, Direction.MAX,
                CardFilter.ANY.inStage(StageName.of("development"))));
        assertEquals(Optional.of("churn@1.0.0"), best(AUC, Direction.MAX,
                CardFilter.ANY.where(MetricPredicate.parse("accuracy<0.93"))));
        assertEquals(Optional.empty(), best(AUC, Direction.MAX, CardFilter.ANY.forTask("anomaly-detection")));
    }

    @Test
    void tiesGoToTheGreaterVersionThenToTheNameFirstInAlphabeticalOrder() {
        assertEquals(Optional.of("ChurnEU@2.0.0"), best(ACCURACY, Direction.MAX, CardFilter.ANY));
        fixture.register(5, "Alpha", "2.0.0", "classification", List.of(), Map.of("accuracy", 0.93), Map.of());
        fixture.register(6, "zeta", "2.0.0", "classification", List.of(), Map.of("accuracy", 0.93), Map.of());
        assertEquals(Optional.of("Alpha@2.0.0"), best(ACCURACY, Direction.MAX, CardFilter.ANY));
        fixture.register(7, "churn", "1.2.0", "classification", List.of(), Map.of("accuracy", 0.93), Map.of());
        assertEquals(Optional.of("churn@1.2.0"), best(ACCURACY, Direction.MAX,
                CardFilter.ANY.named(ModelNamePattern.of("churn"))));
    }

    @Test
    void bestWithAnUnknownStageIsTheUsualUnknownStageError() {
        IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                () -> best(AUC, Direction.MAX, CardFilter.ANY.inStage(StageName.of("qa"))));
        assertEquals(Input.STAGE, error.input());
    }
}
