package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class UpdateVersionTest {

    private static final ModelReference CHURN_120 = ModelReference.parse("churn@1.2.0");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static ModelCard register(ModelRegistry registry) {
        ModelCard card = registry.register(Samples.request("churn", "a").version(Version.parse("1.2.0"))
                .description("first cut").metrics(Map.of("accuracy", 0.91, "auc", 0.95))
                .tags(List.of(Tag.of("tabular"), Tag.of("beta"))).metadata(Map.of("notes", "initial", "epochs", 3))
                .build()).card();
        registry.transition(new TransitionRequest(CHURN_120, StageName.of("staging"), ""));
        return registry.get(CHURN_120);
    }

    @Test
    void changesOnlyTheEditableFieldsInOneCommitNamingThem() {
        Path path = dir.resolve("r");
        ModelCard before;
        try (ModelRegistry registry = registries.open(path)) {
            before = register(registry);
            UpdateResult<ModelCard> result = registry.updateVersion(UpdateVersionRequest.builder(
                            ModelReference.parse("churn@staging"))
                    .description("Gradient-boosted trees on the 2026-11 snapshot")
                    .metrics(Map.of("accuracy", 0.93, "f1", 0.88))
                    .tags(new TagChanges(new LinkedHashSet<>(List.of(Tag.of("tabular"), Tag.of("gbt"), Tag.of("xgb"))),
                            Set.of(Tag.of("beta"))))
                    .reason("evaluated on the holdout set").build());
            assertEquals(List.of("description", "metrics", "tags"), result.changed());
            assertTrue(result.commitId().isPresent());
            ModelCard after = registry.get(CHURN_120);
            assertEquals(after, result.value());
            assertEquals(Map.of("accuracy", 0.93, "auc", 0.95, "f1", 0.88), after.metrics());
            assertEquals(List.of(Tag.of("tabular"), Tag.of("gbt"), Tag.of("xgb")), after.tags());
            assertEquals(before.withEditableFields(after.description(), after.tags(), after.metrics(),
                    before.metadata(), before.prose()), after);
        }
        GitCli git = new GitCli(path);
        assertEquals("Update churn 1.2.0: description, metrics, tags", git.run("log", "-1", "--format=%s", "main").strip());
        assertEquals("""
                Registry-Action: update-version
                Model: churn
                Model-Version: 1.2.0
                Changed: description, metrics, tags
                Reason: evaluated on the holdout set
                """.strip(), git.run("log", "-1", "--format=%(trailers)", "main").strip());
        assertTrue(git.run("show", "main~1:models/churn/1.2.0/card.yaml").contains("description: \"first cut\""));
        assertEquals("models/churn/1.2.0/card.yaml", git.run("diff", "--name-only", "main~1", "main").strip());
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            register(registry);
            UpdateResult<ModelCard> result = registry.updateVersion(UpdateVersionRequest.builder(CHURN_120)
                    .description("first cut").metrics(Map.of("auc", 0.95)).tags(new TagChanges(Set.of(Tag.of("beta")), Set.of(Tag.of("never-there")))).metadata(Map.of("epochs", 3L)).build());
            assertEquals(List.of(), result.changed());
            assertEquals(Optional.empty(), result.commitId());
        }
        assertEquals("2", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void metadataAndProseAreUpdatedAndFreeTextStaysOutOfTheMessage() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            register(registry);
            CardProse prose = new CardProse("Weekly churn scoring", "Not for new accounts", "", List.of("tenure"));
            UpdateResult<ModelCard> result = registry.updateVersion(UpdateVersionRequest.builder(CHURN_120)
                    .metadata(Map.of("notes", "retrained\nStage: production")).prose(prose).build());
            assertEquals(List.of("metadata", "card"), result.changed());
            ModelCard card = registry.get(CHURN_120);
            assertEquals(prose, card.prose());
            assertEquals("retrained\nStage: production", card.metadata().get("notes"));
            assertEquals(3L, ((Number) card.metadata().get("epochs")).longValue());
        }
        GitCli git = new GitCli(path);
        assertEquals("Update churn 1.2.0: metadata, card", git.run("log", "-1", "--format=%s", "main").strip());
        assertEquals("", git.run("log", "-E", "--grep=^Stage: production$", "--format=%s", "main").strip());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            register(registry);
            RegistryUsageException metric = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(CHURN_120).metrics(Map.of("auc", Double.NaN)).build()));
            assertEquals(Input.METRIC, metric.input());
            RegistryUsageException both = assertThrows(RegistryUsageException.class, () -> new TagChanges(
                    Set.of(Tag.of("gbt")), Set.of(Tag.of("gbt"))));
            assertEquals(Input.TAG, both.input());
            assertEquals("The tag \"gbt\" is both added and removed; keep it in one of the two lists.", both.getMessage());
            RegistryUsageException control = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(CHURN_120).description("bell \u0007").build()));
            assertEquals(Input.OTHER, control.input());
            assertEquals("The description contains the control character U+0007 at index 5; remove it: only tab and"
                    + " newline are allowed in text.", control.getMessage());
            RegistryUsageException nested = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(CHURN_120).metadata(Map.of("notes", List.of("bell \u0007"))).build()));
            assertEquals(Input.OTHER, nested.input());
            assertTrue(nested.getMessage().startsWith("The change cannot be stored in models/churn/1.2.0/card.yaml:"
                    + " control character U+0007"), nested.getMessage());
            Map<String, Object> noValue = new HashMap<>();
            noValue.put("notes", null);
            RegistryUsageException nullValue = assertThrows(RegistryUsageException.class, () ->
                    UpdateVersionRequest.builder(CHURN_120).metadata(noValue).build());
            assertEquals("metadata value for key 'notes' is null; leave the key out, or give it a value.",
                    nullValue.getMessage());
            RegistryUsageException surrogate = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(CHURN_120).description("half \uD83D of a smile").build()));
            assertEquals(Input.OTHER, surrogate.input());
            assertTrue(surrogate.getMessage().contains("unpaired surrogate U+D83D"), surrogate.getMessage());
            NotFoundException missing = assertThrows(NotFoundException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(ModelReference.parse("churn@9.0.0")).description("x").build()));
            assertEquals(Input.VERSION, missing.input());
        }
        assertEquals("2", new GitCli(path).run("rev-list", "--count", "main").strip());
    }
}
