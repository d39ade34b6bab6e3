package dev.modelregistry.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.HistoryQuery;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.SetAliasRequest;
import dev.modelregistry.core.TransitionRequest;
import dev.modelregistry.core.UpdateVersionRequest;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.git.RetryPolicy;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.CardSearch;
import dev.modelregistry.core.query.Direction;
import dev.modelregistry.core.query.SearchOrder;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.yaml.YamlTreeCodec;

/**
 * The card index gives the answers of a view that reads every file from Git: on registries
 * written by the library and edited by hand into every kind of unreadable directory, with the
 * index file missing, stale, corrupt or from another registry.
 */
class CardIndexTest {

    private static final List<String> MODELS = List.of("churn", "ChurnEU", "fraud", "ranker", "vision");
    private static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.all(),
            SearchQuery.matching(CardFilter.ANY.inStage(StageName.of("production"))
                    .where(MetricPredicate.parse("accuracy>=0.9"))),
            SearchQuery.matching(CardFilter.ANY.named(ModelNamePattern.of("churn*")).taggedWith(Tag.of("tabular")))
                    .sortedBy(SearchOrder.byMetric(MetricName.of("auc")).descending()).limitedTo(3),
            SearchQuery.matching(CardFilter.ANY.forTask("ranking")).sortedBy(SearchOrder.byCreatedAt()),
            SearchQuery.matching(CardFilter.ANY.inStage(StageName.of("staging"))).sortedBy(SearchOrder.byVersion()));

    @TempDir
    Path dir;
    private Path registry;
    private final TestRegistries registries = new TestRegistries();
    private final Random random = new Random(7);

    @BeforeEach
    void fill() {
        registry = dir.resolve("registry");
        try (ModelRegistry writer = registries.open(registry)) {
            for (int i = 0; i < 40; i++) {
                writeSomething(writer, i);
            }
        }
    }

    @Test
    void indexedAndPlainViewsAgreeAfterEveryWrite() {
        CardIndex index = new CardIndex(registry);
        try (ModelRegistry writer = registries.open(registry)) {
            for (int i = 40; i < 80; i++) {
                writeSomething(writer, i);
                assertSameAnswers(index);
            }
        }
    }

    @Test
    void directoriesThatDoNotReadGiveTheSameErrorsAndTheOthersStillAnswer() {
        CardIndex index = new CardIndex(registry);
        assertSameAnswers(index);
        HandEditor editor = HandEditor.clone(registry, dir.resolve("edit"));
        String churnCard = "models/churn/" + at(index, view -> view.versions(ModelName.of("churn")).get(0)) + "/card.yaml";
        editor.write(churnCard, "name: [unclosed\n")
                .write("models/fraud/model.yaml", "name: \"fraud\"\nowner: 12\n")
                .write("models/ranker/9.9.9/notes.txt", "a version directory without a card\n")
                .write("models/bad name/1.0.0/notes.txt", "a directory whose name is no model name\n")
                .commitAndPush("break things by hand");
        String broken = assertSameAnswers(index);
        assertTrue(broken.contains(churnCard), broken);
        assertTrue(broken.contains("models/fraud/model.yaml"), broken);
        assertTrue(broken.contains("the version directory has no card.yaml"), broken);
        assertTrue(broken.contains("the directory name is not valid"), broken);
        IndexedModels models = indexAt(index);
        for (String unreadable : List.of("churn", "fraud", "ranker", "bad name")) {
            assertTrue(models.models().get(unreadable).model().isEmpty(), unreadable);
        }
        assertTrue(models.readable(ModelName.of("vision")).isPresent());

        editor.remove("models/bad name").remove("models/fraud/model.yaml").commitAndPush("mend some");
        assertSameAnswers(index);
    }

    @Test
    void onlyTheDirectoriesOfChangedModelsAreReadAgain() {
        CardIndex index = new CardIndex(registry);
        IndexedModels before = indexAt(index);
        try (ModelRegistry writer = registries.open(registry)) {
            writer.register(Samples.request("fraud", "one more").build());
        }
        IndexedModels after = indexAt(index);
        assertNotSame(before.models().get("fraud"), after.models().get("fraud"));
        for (String model : List.of("churn", "ChurnEU", "ranker", "vision")) {
            assertSame(before.models().get(model), after.models().get(model), model);
        }
    }

    @Test
    void aNewProcessStartsFromTheStoredFileAndAnUntrustworthyFileIsRebuilt() throws IOException {
        assertSameAnswers(new CardIndex(registry));
        Path file = registry.resolve(CardIndex.FILE);
        assertTrue(Files.size(file) > 0);
        IndexedModels built = indexAt(new CardIndex(registry));
        IndexedModels stored = indexAt(new CardIndex(registry));
        assertEquals(built.modelsTree(), stored.modelsTree());
        assertEquals(built.models().keySet(), stored.models().keySet());
        for (String model : built.models().keySet()) {
            IndexedModel fromFile = stored.models().get(model);
            assertTrue(fromFile.stored().isPresent(), model);
            assertEquals(built.models().get(model).tree(), fromFile.tree());
            assertEquals(contentOf(built.models().get(model)), contentOf(fromFile));
        }

        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        Files.write(file, flipped);
        assertSameAnswers(new CardIndex(registry));
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 3));
        assertSameAnswers(new CardIndex(registry));

        Path other = dir.resolve("other");
        try (ModelRegistry writer = registries.open(other)) {
            writer.register(Samples.request("churn", "elsewhere").tags(List.of(Tag.of("tabular"))).build());
            writer.listModels();
        }
        Files.copy(other.resolve(CardIndex.FILE), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertSameAnswers(new CardIndex(registry));
    }

    @Test
    void thePolicyFileIsKeptAndABrokenOneGivesTheSameError() {
        CardIndex index = new CardIndex(registry);
        HandEditor editor = HandEditor.clone(registry, dir.resolve("edit"));
        editor.write("registry.yaml", """
                formatVersion: 1
                initialStage: development
                stages:
                  development:
                    to: [staging, production]
                  staging:
                    to: [production, development]
                  production:
                    to: [staging]
                """).commitAndPush("a policy without deprecated or archived");
        String answers = assertSameAnswers(index);
        assertTrue(answers.contains("[development, staging, production]"), answers);
        assertTrue(indexAt(index).policy().tree().isPresent());
        assertSameAnswers(new CardIndex(registry));

        editor.write("registry.yaml", "stages: [unclosed\n").commitAndPush("break the policy's YAML");
        String broken = assertSameAnswers(index);
        assertTrue(broken.contains("InvalidRegistryFileException: registry.yaml"), broken);
        assertTrue(indexAt(index).policy().tree().isEmpty());

        editor.write("registry.yaml", "stages:\n  development:\n    to: [nowhere]\n").commitAndPush("a stage that is not there");
        String unknown = assertSameAnswers(index);
        assertTrue(unknown.contains("nowhere"), unknown);
        assertSameAnswers(new CardIndex(registry));
    }

    @Test
    void aReadAtTheIndexedCommitReadsNoObjectFromGit() throws IOException {
        assertSameAnswers(new CardIndex(registry));
        String answers = read(registry, view -> answers(view, MODELS), null);
        Path objects = registry.resolve("objects");
        Path away = dir.resolve("objects-away");
        Files.move(objects, away);
        Files.createDirectories(objects);
        try {
            ParsedCards.clear();
            assertEquals(answers, read(registry, view -> answers(view, MODELS), new CardIndex(registry)));
        } finally {
            Files.delete(objects);
            Files.move(away, objects);
        }
        assertEquals(answers, read(registry, view -> answers(view, MODELS), null));
    }

    @Test
    void aFreshRegistryAnswersIndexedReadsWithoutOpeningTheRepository() throws IOException {
        String answers;
        try (ModelRegistry reader = registries.open(registry)) {
            answers = registryAnswers(reader);
        }
        Path config = registry.resolve("config");
        byte[] working = Files.readAllBytes(config);
        Files.writeString(config, "[core\n");
        try (ModelRegistry fresh = registries.open(registry)) {
            assertEquals(answers, registryAnswers(fresh));
            RegistryUsageException unopenable = assertThrows(RegistryUsageException.class,
                    () -> fresh.history(HistoryQuery.forModel(ModelName.of(MODELS.get(0)))));
            assertTrue(unopenable.getMessage().startsWith("Cannot open the registry at " + registry), unopenable.getMessage());
            assertTrue(unopenable.getMessage().endsWith(". Fix its Git configuration file " + config
                    + " (git config --file <that file> --list shows what Git reads) and try again."),
                    unopenable.getMessage());
        } finally {
            Files.write(config, working);
        }
    }

    /** What a registry answers to searches, listings and references: all that its card index keeps. */
    private static String registryAnswers(ModelRegistry registry) {
        List<String> answers = new ArrayList<>();
        answers.add(outcome(registry::listModelSummaries));
        for (String model : MODELS) {
            answers.add(outcome(() -> registry.model(ModelName.of(model))));
            for (String selector : List.of("latest", "production", "champion", "0.1.0")) {
                answers.add(outcome(() -> registry.get(ModelReference.parse(model + "@" + selector))));
            }
        }
        for (SearchQuery query : QUERIES) {
            answers.add(outcome(() -> registry.search(query)));
        }
        return String.join("\n", answers);
    }

    /** An entry's model and cards as text, each card's YAML tree decoded. */
    private static String contentOf(IndexedModel model) {
        return model.model().toString() + model.cards().stream().map(card -> card.blob().name() + card.summary()
                + YamlTreeCodec.decode(card.tree())).toList();
    }

    /** One write of a kind and on a model chosen at random: registrations, promotions, aliases and edits. */
    private void writeSomething(ModelRegistry writer, int step) {
        String model = MODELS.get(random.nextInt(MODELS.size()));
        int kind = step < MODELS.size() ? 0 : random.nextInt(4);
        try {
            switch (kind) {
                case 0 -> writer.register(Samples.request(model, model + step)
                        .taskType(model.equals("ranker") ? "ranking" : "classification")
                        .tags(random.nextBoolean() ? List.of(Tag.of("tabular")) : List.of())
                        .metrics(Map.of("accuracy", 0.8 + random.nextInt(20) / 100.0, "auc", random.nextDouble()))
                        .build());
                case 1 -> writer.transition(new TransitionRequest(ModelReference.parse(model + "@latest"),
                        StageName.of(random.nextBoolean() ? "staging" : "production"), "step " + step));
                case 2 -> writer.setAlias(new SetAliasRequest(ModelName.of(model), AliasName.of("champion"),
                        writer.get(ModelReference.parse(model + "@latest")).version(), "step " + step));
                default -> writer.updateVersion(UpdateVersionRequest.builder(ModelReference.parse(model + "@latest"))
                        .metrics(Map.of("accuracy", random.nextInt(100) / 100.0)).build());
            }
        } catch (RegistryException refused) {
            // a move the stage graph does not allow, or a model without versions yet: nothing written
        }
    }

    /**
     * Asserts that a view with {@code index} answers every question as a view without one does,
     * each answer a value or the error it raised, with no card kept from parsing so that the
     * index's own copies are read; returns all the answers as text.
     */
    private String assertSameAnswers(CardIndex index) {
        String plain = read(registry, view -> answers(view), null);
        ParsedCards.clear();
        String indexed = read(registry, view -> answers(view), index);
        assertEquals(plain, indexed);
        return indexed;
    }

    private static String answers(RegistryView view) {
        List<String> models = new ArrayList<>(MODELS);
        models.add("missing");
        return answers(view, models);
    }

    /** The answers of {@code view} to every question about the registry and the models {@code models}. */
    private static String answers(RegistryView view, List<String> models) {
        List<String> answers = new ArrayList<>();
        answers.add(outcome(view::modelNames));
        answers.add(outcome(() -> view.policy().stages().keySet()));
        answers.add(outcome(view::policy));
        for (String model : models) {
            ModelName name = ModelName.of(model);
            answers.add(outcome(() -> view.model(name)));
            answers.add(outcome(() -> view.versions(name)));
            answers.add(outcome(() -> view.cards(name)));
            answers.add(outcome(() -> view.card(new VersionId(name, Version.parse("0.1.0")))));
            answers.add(outcome(() -> view.card(new VersionId(name, Version.parse("9.9.9")))));
            for (String selector : List.of("latest", "production", "champion", "0.2.0")) {
                answers.add(outcome(() -> new ReferenceResolver(view).resolve(ModelReference.parse(model + "@" + selector))));
            }
        }
        for (SearchQuery query : QUERIES) {
            answers.add(outcome(() -> new CardSearch(view).search(query)));
        }
        answers.add(outcome(() -> new CardSearch(view).best(MetricName.of("accuracy"), Direction.MAX, CardFilter.ANY)));
        return String.join("\n", answers);
    }

    private static String outcome(Supplier<?> question) {
        try {
            return String.valueOf(question.get());
        } catch (RegistryException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private <T> T at(CardIndex index, Function<RegistryView, T> query) {
        return read(registry, query, index);
    }

    /** The index brought up to the registry's head and stored, as a process that reads and closes leaves it. */
    private IndexedModels indexAt(CardIndex index) {
        try (RegistryRepository repository = open(registry)) {
            return repository.read(index::of);
        } finally {
            index.flush();
        }
    }

    /** What {@code query} reads, through {@code index} unless null, which is then stored as a process that closes stores it. */
    private static <T> T read(Path registry, Function<RegistryView, T> query, CardIndex index) {
        try (RegistryRepository repository = open(registry)) {
            return repository.read(snapshot -> query.apply(index == null ? new RegistryView(snapshot)
                    : new RegistryView(snapshot, index)));
        } finally {
            if (index != null) {
                index.flush();
            }
        }
    }

    private static RegistryRepository open(Path registry) {
        return RegistryRepository.open(registry, "main", RetryPolicy.DEFAULT, Clock.systemUTC(), event -> { });
    }
}
