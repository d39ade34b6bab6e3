package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class AliasTest {

    private static final ModelName CHURN = ModelName.of("churn");
    private static final AliasName CHAMPION = AliasName.of("champion");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static void registerTwoVersions(ModelRegistry registry) {
        registry.register(Samples.request("churn", "a").version(Version.parse("1.3.0")).build());
        registry.register(Samples.request("churn", "b").version(Version.parse("1.4.0")).build());
    }

    private static SetAliasRequest point(String alias, String version, String reason) {
        return new SetAliasRequest(CHURN, AliasName.of(alias), Version.parse(version), reason);
    }

    @Test
    void setMoveAndRemoveAnAliasEachMakeOneCommitWithTrailers() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registerTwoVersions(registry);
            AliasResult set = registry.setAlias(point("champion", "1.3.0", "best offline AUC"));
            assertEquals(Optional.of(Version.parse("1.3.0")), set.version());
            assertEquals(Optional.empty(), set.previous());
            assertTrue(set.commitId().isPresent());
            AliasResult moved = registry.setAlias(new SetAliasRequest(CHURN, CHAMPION,
                    ModelReference.parse("churn@latest"), "won the A/B test"));
            assertEquals(Optional.of(Version.parse("1.3.0")), moved.previous());
            assertEquals("1.4.0", registry.get(ModelReference.parse("churn@champion")).version().toString());
            assertEquals(Map.of(CHAMPION, Version.parse("1.4.0")), registry.model(CHURN).aliases());
            AliasResult removed = registry.removeAlias(new RemoveAliasRequest(CHURN, CHAMPION, ""));
            assertEquals(Optional.empty(), removed.version());
            assertEquals(Optional.of(Version.parse("1.4.0")), removed.previous());
            assertEquals(Map.of(), registry.model(CHURN).aliases());
        }
        GitCli git = new GitCli(path);
        assertEquals(List.of("Remove alias champion of churn", "Move alias champion of churn from 1.3.0 to 1.4.0",
                "Set alias champion of churn to 1.3.0", "Register churn 1.4.0", "Register churn 1.3.0"),
                git.run("log", "--format=%s", "main").lines().toList());
        assertEquals("""
                Registry-Action: set-alias
                Model: churn
                Model-Version: 1.4.0
                Alias: champion
                Previous-Version: 1.3.0
                Reason: won the A/B test
                """.strip(), git.run("log", "-1", "--format=%(trailers)", "main~1").strip());
        assertEquals("""
                Registry-Action: remove-alias
                Model: churn
                Model-Version: 1.4.0
                Alias: champion
                Previous-Version: 1.4.0
                """.strip(), git.run("log", "-1", "--format=%(trailers)", "main").strip());
        assertEquals("name: \"churn\"\naliases:\n  champion: \"1.3.0\"\n",
                git.run("show", "main~2:models/churn/model.yaml"));
        assertEquals(List.of("Move alias champion of churn from 1.3.0 to 1.4.0", "Set alias champion of churn to 1.3.0"),
                git.run("log", "-E", "--grep=^Registry-Action: set-alias$", "--format=%s", "main").lines().toList());
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void settingAnAliasWhereItAlreadyPointsWritesNothing() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registerTwoVersions(registry);
            registry.setAlias(point("champion", "1.4.0", ""));
            AliasResult again = registry.setAlias(new SetAliasRequest(CHURN, CHAMPION,
                    ModelReference.parse("churn@champion"), "same place"));
            assertEquals(Optional.empty(), again.commitId());
            assertEquals(again.version(), again.previous());
        }
        assertEquals("3", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void anAliasCannotBeAStageNameNorPointAtAMissingVersion() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registerTwoVersions(registry);
            ConflictException stage = assertThrows(ConflictException.class,
                    () -> registry.setAlias(point("production", "1.4.0", "")));
            assertEquals(Input.ALIAS, stage.input());
            assertEquals("The alias \"production\" is the name of a stage, so churn@production would mean the stage."
                    + " Choose an alias name that is not a stage.", stage.getMessage());
            NotFoundException missing = assertThrows(NotFoundException.class,
                    () -> registry.setAlias(point("champion", "2.0.0", "")));
            assertEquals(Input.VERSION, missing.input());
            assertTrue(missing.getMessage().contains("the versions of churn are: 1.3.0, 1.4.0"), missing.getMessage());
            RegistryUsageException latest = assertThrows(RegistryUsageException.class, () -> AliasName.of("latest"));
            assertEquals(Input.ALIAS, latest.input());
            RegistryUsageException otherModel = assertThrows(RegistryUsageException.class, () -> new SetAliasRequest(
                    CHURN, CHAMPION, ModelReference.parse("fraud@1.0.0"), ""));
            assertEquals(Input.REFERENCE, otherModel.input());
        }
        assertEquals("2", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void removingAMissingAliasNamesTheAliasesThereAre() {
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            registerTwoVersions(registry);
            NotFoundException none = assertThrows(NotFoundException.class,
                    () -> registry.removeAlias(new RemoveAliasRequest(CHURN, CHAMPION, "")));
            assertEquals("No alias \"champion\" on churn; it has no aliases. Nothing was removed.", none.getMessage());
            registry.setAlias(point("champion", "1.4.0", ""));
            registry.setAlias(point("challenger", "1.3.0", ""));
            NotFoundException typo = assertThrows(NotFoundException.class,
                    () -> registry.removeAlias(new RemoveAliasRequest(CHURN, AliasName.of("champ"), "")));
            assertEquals(Input.ALIAS, typo.input());
            assertEquals("No alias \"champ\" on churn; its aliases are: challenger, champion. Nothing was removed.",
                    typo.getMessage());
        }
    }
}
