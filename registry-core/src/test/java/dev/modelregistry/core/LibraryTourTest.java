package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.MetricName;
import dev.modelregistry.core.domain.MetricPredicate;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.query.CardFilter;
import dev.modelregistry.core.query.Direction;
import dev.modelregistry.core.query.LineageText;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;

/** Every operation of the README's library walkthrough, in its order, so the README stays true. */
class LibraryTourTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeWalkthroughWorks() {
        Path registryPath = dir.resolve("my-registry");
        String sha256 = Samples.sha256("model bytes");
        ModelName churn = ModelName.of("churn");
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(new Actor("Alice Analyst", "alice@example.com"));
        try (ModelRegistry registry = ModelRegistry.openOrInit(registryPath, options)) {
            // Register: an explicit version, or a bump from the greatest one.
            Artifact artifact = new Artifact("file:///srv/models/churn.onnx", sha256, 1_048_576, "onnx");
            ModelCard first = registry.register(RegisterRequest.builder(churn, artifact)
                    .bump(Bump.MINOR)
                    .description("Gradient-boosted trees")
                    .metrics(Map.of("accuracy", 0.91, "auc", 0.95))
                    .tags(List.of(Tag.of("tabular")))
                    .lineage(new Lineage(List.of(), List.of(), "https://git.example.com/ml/churn.git",
                            "0123456789abcdef0123456789abcdef01234567", "ci-812", "https://ci.example.com/812"))
                    .build()).card();
            ModelCard second = registry.register(RegisterRequest.builder(churn, Samples.artifact("v2"))
                    .metrics(Map.of("accuracy", 0.94, "auc", 0.97))
                    .lineage(new Lineage(List.of(first.id()), List.of(), "", "", "", ""))
                    .build()).card();
            assertEquals("0.1.0", first.version().toString());
            assertEquals("0.1.1", second.version().toString());

            // Get by version, stage, alias or latest.
            assertEquals(second, registry.get(ModelReference.parse("churn@latest")));

            // Move through the stage graph; production is exclusive.
            registry.transition(new TransitionRequest(ModelReference.parse("churn@0.1.0"),
                    StageName.of("staging"), "passed offline evaluation"));
            registry.transition(new TransitionRequest(ModelReference.parse("churn@staging"),
                    StageName.of("production"), "approved by the risk review"));

            // Aliases.
            registry.setAlias(new SetAliasRequest(churn, AliasName.of("champion"),
                    ModelReference.parse("churn@production"), "best AUC this quarter"));
            assertEquals("0.1.0", registry.get(ModelReference.parse("churn@champion")).version().toString());

            // Update editable metadata.
            registry.updateVersion(UpdateVersionRequest.builder(ModelReference.parse("churn@0.1.1"))
                    .description("Gradient-boosted trees, retuned")
                    .tags(TagChanges.add(Tag.of("candidate")))
                    .reason("review notes").build());

            // Search, compare, best, lineage.
            List<ModelCard> good = registry.search(SearchQuery.matching(CardFilter.ANY
                    .where(MetricPredicate.parse("accuracy>=0.9"))));
            assertEquals(2, good.size());
            assertEquals(List.of("accuracy", "auc"), registry.compare(List.of(ModelReference.parse("churn@0.1.0"),
                    ModelReference.parse("churn@0.1.1"))).metrics().stream().map(MetricName::value).toList());
            assertEquals(second.id(), registry.best(MetricName.of("auc"), Direction.MAX, CardFilter.ANY)
                    .orElseThrow().id());
            List<String> tree = LineageText.lines(registry.lineage(ModelReference.parse("churn@0.1.1")));
            assertTrue(String.join("\n", tree).contains("churn@0.1.0"), String.join("\n", tree));

            // History, and who held production when.
            List<AuditEvent> trail = registry.history(HistoryQuery.forModel(churn));
            assertEquals("Update churn 0.1.1: description, tags", trail.get(0).subject());
            List<StageHolding> holders = registry.stageHolders(churn, StageName.of("production"), Instant.now());
            assertEquals("approved by the risk review", holders.get(0).movedIn().orElseThrow().reason().orElseThrow());

            // Cleanup (dry run first), delete, check.
            CleanupResult plan = registry.cleanup(new CleanupRequest(java.util.Optional.of(churn), OptionalInt.of(1),
                    true, ""));
            assertTrue(plan.removed().isEmpty(), "0.1.0 is in production and 0.1.1 is the newest");
            registry.deleteVersion(new DeleteRequest(VersionId.parse("churn@0.1.1"), false, "superseded"));
            assertTrue(registry.check().isClean(), String.join("\n", registry.check().lines()));
        }
        String log = new GitCli(registryPath).run("log", "--format=%s", "main");
        assertEquals("""
                Delete churn 0.1.1
                Update churn 0.1.1: description, tags
                Set alias champion of churn to 0.1.0
                Promote churn 0.1.0 to production
                Promote churn 0.1.0 to staging
                Register churn 0.1.1
                Register churn 0.1.0
                """, log);
    }
}
