package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class UpdateModelTest {

    private static final ModelName CHURN = ModelName.of("churn");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    @Test
    void changesTheModelFileAndKeepsItsAliases() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "a").version(Version.parse("1.0.0")).owner("team-a")
                    .taskType("classification").build());
            registry.setAlias(new SetAliasRequest(CHURN, AliasName.of("champion"), Version.parse("1.0.0"), ""));
            UpdateResult<RegisteredModel> result = registry.updateModel(UpdateModelRequest.builder(CHURN)
                    .description("Predicts which customers will cancel").owner("team-churn").taskType("")
                    .tags(TagChanges.add(Tag.of("tabular"))).reason("team reorganisation").build());
            assertEquals(List.of("description", "owner", "taskType", "tags"), result.changed());
            RegisteredModel model = registry.model(CHURN);
            assertEquals(model, result.value());
            assertEquals("team-churn", model.owner());
            assertEquals("", model.taskType());
            assertEquals(Map.of(AliasName.of("champion"), Version.parse("1.0.0")), model.aliases());
        }
        GitCli git = new GitCli(path);
        assertEquals("Update model churn: description, owner, taskType, tags",
                git.run("log", "-1", "--format=%s", "main").strip());
        assertEquals("""
                Registry-Action: update-model
                Model: churn
                Changed: description, owner, taskType, tags
                Reason: team reorganisation
                """.strip(), git.run("log", "-1", "--format=%(trailers)", "main").strip());
        assertEquals("""
                name: "churn"
                description: "Predicts which customers will cancel"
                owner: "team-churn"
                tags:
                  - "tabular"
                aliases:
                  champion: "1.0.0"
                """, git.run("show", "main:models/churn/model.yaml"));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void noChangeWritesNothingAndAMissingModelIsNotFound() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "a").owner("team-a").build());
            UpdateResult<RegisteredModel> same = registry.updateModel(UpdateModelRequest.builder(CHURN)
                    .owner("team-a").tags(TagChanges.remove(Tag.of("absent"))).build());
            assertEquals(List.of(), same.changed());
            assertEquals(Optional.empty(), same.commitId());
            NotFoundException missing = assertThrows(NotFoundException.class, () -> registry.updateModel(
                    UpdateModelRequest.builder(ModelName.of("fraud")).owner("x").build()));
            assertEquals(Input.NAME, missing.input());
        }
        assertEquals("1", new GitCli(path).run("rev-list", "--count", "main").strip());
    }
}
