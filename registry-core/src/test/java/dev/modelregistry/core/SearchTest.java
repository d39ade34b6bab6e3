package dev.modelregistry.core;

import static dev.modelregistry.core.SearchFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.ModelSummary;
import dev.modelregistry.core.query.SearchOrder;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;

class SearchTest {

    private SearchFixture fixture;

    @BeforeEach
    void createRegistry(@TempDir Path dir) {
        fixture = SearchFixture.create(dir.resolve("registry"));
    }

    private List<String> search(SearchQuery query) {
        try (ModelRegistry registry = fixture.open()) {
            return ids(registry.search(query));
        }
    }

    private List<String> search(CardFilter filter) {
        return search(SearchQuery.matching(filter));
    }

    @Test
    void withoutFiltersEveryVersionComesSortedByNameRegardlessOfCaseThenVersion() {
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0", "fraud@0.1.0"), search(SearchQuery.all()));
    }

    @Test
    void theNamePatternIsAGlobMatchedRegardlessOfCase() {
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0"), search(named("CHURN*")));
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0"), search(named("churn")));
        assertEquals(List.of("ChurnEU@2.0.0"), search(named("churn??")));
        assertEquals(List.of("fraud@0.1.0"), search(named("?r*d")));
        assertEquals(List.of(), search(named("churn?")));
        assertEquals(4, search(named("*")).size());
    }

    @Test
    void stageTagAndTaskTypeFiltersCombine() {
        assertEquals(List.of("churn@1.1.0"), search(CardFilter.ANY.inStage(StageName.of("staging"))));
        assertEquals(List.of("churn@1.0.0", "ChurnEU@2.0.0", "fraud@0.1.0"),
                search(CardFilter.ANY.inStage(StageName.of("development"))));
        assertEquals(List.of(), search(CardFilter.ANY.inStage(StageName.of("production"))));
        assertEquals(List.of("churn@1.1.0"), search(CardFilter.ANY.taggedWith(Tag.of("team:churn"))));
        assertEquals(List.of("fraud@0.1.0"), search(CardFilter.ANY.forTask("anomaly-detection")));
        assertEquals(List.of(), search(CardFilter.ANY.forTask("Classification")));
        assertEquals(List.of("churn@1.0.0", "ChurnEU@2.0.0"), search(CardFilter.ANY.forTask("classification")
                .taggedWith(Tag.of("tabular")).inStage(StageName.of("development"))));
    }

    @Test
    void metricPredicatesAllHoldAndAVersionLackingTheMetricNeverMatches() {
        assertEquals(List.of("churn@1.1.0", "ChurnEU@2.0.0"), search(where("accuracy>=0.93")));
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0"), search(where("accuracy != 0.5")));
        assertEquals(List.of("churn@1.1.0"), search(where("accuracy>=0.93").where(MetricPredicate.parse("auc>0.96"))));
        assertEquals(List.of("churn@1.0.0"), search(where("auc<0.96").named(ModelNamePattern.of("churn*"))));
    }

    @Test
    void resultsSortByVersionCreationTimeOrAMetricWithVersionsLackingItLast() {
        assertEquals(List.of("ChurnEU@2.0.0", "churn@1.1.0", "churn@1.0.0", "fraud@0.1.0"),
                search(SearchQuery.all().sortedBy(SearchOrder.byVersion().descending())));
        assertEquals(List.of("churn@1.1.0", "ChurnEU@2.0.0", "churn@1.0.0", "fraud@0.1.0"),
                search(SearchQuery.all().sortedBy(SearchOrder.byCreatedAt())));
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0", "fraud@0.1.0"),
                search(SearchQuery.all().sortedBy(SearchOrder.byMetric(MetricName.of("auc")))));
        assertEquals(List.of("churn@1.1.0", "churn@1.0.0", "fraud@0.1.0", "ChurnEU@2.0.0"),
                search(SearchQuery.all().sortedBy(SearchOrder.byMetric(MetricName.of("auc")).descending())));
        assertEquals(List.of("fraud@0.1.0", "ChurnEU@2.0.0", "churn@1.1.0", "churn@1.0.0"),
                search(SearchQuery.all().sortedBy(SearchOrder.byName().descending())));
    }

    @Test
    void theLimitKeepsTheFirstResultsAfterSorting() {
        SearchOrder byAccuracy = SearchOrder.byMetric(MetricName.of("accuracy")).descending();
        assertEquals(List.of("ChurnEU@2.0.0", "churn@1.1.0"), search(SearchQuery.all().sortedBy(byAccuracy).limitedTo(2)));
        assertEquals(List.of("churn@1.0.0"), search(SearchQuery.all().limitedTo(1)));
        assertEquals(4, search(SearchQuery.all().limitedTo(100)).size());
    }

    @Test
    void aLimitBelowOneIsAUsageErrorNamingTheLimit() {
        for (int limit : new int[] {0, -3}) {
            RegistryUsageException error = assertThrows(RegistryUsageException.class,
                    () -> SearchQuery.all().limitedTo(limit));
            assertEquals(Input.OTHER, error.input());
            assertEquals("Invalid limit " + limit + ": it must be at least 1; give the most results to return, or"
                    + " leave the limit out for all of them.", error.getMessage());
        }
    }

    @Test
    void anUnknownStageIsTheUsualUnknownStageError() {
        try (ModelRegistry registry = fixture.open()) {
            IllegalTransitionException error = assertThrows(IllegalTransitionException.class,
                    () -> registry.search(SearchQuery.matching(CardFilter.ANY.inStage(StageName.of("qa")))));
            assertEquals(Input.STAGE, error.input());
            assertEquals("Unknown stage \"qa\"; the stages are: development, staging, canary, production,"
                    + " deprecated, archived.", error.getMessage());
        }
    }

    @Test
    void aBadPatternOrABlankTaskTypeIsAUsageError() {
        RegistryUsageException pattern = assertThrows(RegistryUsageException.class, () -> ModelNamePattern.of("churn[12]"));
        assertEquals(Input.NAME, pattern.input());
        assertEquals("Invalid model name pattern \"churn[12]\": character '[' at position 6 is not allowed; use the"
                + " characters of model names (letters, digits, '.', '_', '-') and the wildcards '*' (any characters)"
                + " and '?' (one character), e.g. \"churn-*\"", pattern.getMessage());
        RegistryUsageException task = assertThrows(RegistryUsageException.class, () -> CardFilter.ANY.forTask(" "));
        assertEquals(Input.OTHER, task.input());
    }

    @Test
    void onlyTheCardsOfModelsMatchingThePatternAreRead() {
        HandEditor.clone(fixture.path(), fixture.path().resolveSibling("clone"))
                .write("models/fraud/0.1.0/card.yaml", "name: \"fraud\"\nversion: 0.1\n")
                .commitAndPush("Break the fraud card by hand");
        assertEquals("Break the fraud card by hand",
                new GitCli(fixture.path()).run("log", "-1", "--format=%s", "main").strip());
        assertEquals(List.of("churn@1.0.0", "churn@1.1.0", "ChurnEU@2.0.0"), search(named("churn*")));
        try (ModelRegistry registry = fixture.open()) {
            InvalidRegistryFileException error = assertThrows(InvalidRegistryFileException.class,
                    () -> registry.search(SearchQuery.all()));
            assertEquals("models/fraud/0.1.0/card.yaml", error.path());
        }
    }

    @Test
    void listModelsGivesEveryModelByNameRegardlessOfCase() {
        try (ModelRegistry registry = fixture.open()) {
            assertEquals(List.of("churn", "ChurnEU", "fraud"),
                    registry.listModels().stream().map(RegisteredModel::name).map(Object::toString).toList());
            assertEquals("classification", registry.listModels().get(0).taskType());
        }
    }

    @Test
    void modelSummariesGiveEachModelsVersionsAndLatestWithoutReadingCards() {
        try (ModelRegistry registry = fixture.open()) {
            List<ModelSummary> summaries = registry.listModelSummaries();
            assertEquals(List.of("churn", "ChurnEU", "fraud"),
                    summaries.stream().map(s -> s.model().name().value()).toList());
            assertEquals(List.of(Version.parse("1.0.0"), Version.parse("1.1.0")), summaries.get(0).versions());
            assertEquals(Optional.of(Version.parse("1.1.0")), summaries.get(0).latest());
        }
        // A broken card does not hide its model's versions from the overview.
        HandEditor.clone(fixture.path(), fixture.path().resolveSibling("clone"))
                .write("models/fraud/0.1.0/card.yaml", "name: \"fraud\"\nversion: 0.1\n")
                .commitAndPush("Break the fraud card by hand");
        try (ModelRegistry registry = fixture.open()) {
            assertEquals(List.of(Version.parse("0.1.0")), registry.listModelSummaries().get(2).versions());
        }
    }

    private static CardFilter named(String pattern) {
        return CardFilter.ANY.named(ModelNamePattern.of(pattern));
    }

    private static CardFilter where(String predicate) {
        return CardFilter.ANY.where(MetricPredicate.parse(predicate));
    }
}
