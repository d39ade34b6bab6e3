package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

class RegisterTest {

    @TempDir
    Path dir;

    @Test
    void treesKeepGitsOrderForNamesThatSortAroundTheSlashOfADirectory() {
        Path registry = dir.resolve("ordered");
        try (ModelRegistry open = new TestRegistries().open(registry)) {
            for (String model : List.of("a0", "a", "a_b", "a.b", "ab", "a-b")) {
                for (String version : List.of("1.0.0", "1.0.0-rc.1", "1.0.0-rc", "1.0.1")) {
                    open.register(Samples.request(model, model + version).version(Version.parse(version)).build());
                }
            }
        }
        GitCli git = new GitCli(registry);
        git.run("fsck", "--full", "--strict");
        assertEquals(List.of("a-b", "a.b", "a", "a0", "a_b", "ab"),
                git.run("ls-tree", "--name-only", "main:models").lines().toList(), "Git's order, a tree as if it ended in /");
        assertEquals(List.of("1.0.0-rc.1", "1.0.0-rc", "1.0.0", "1.0.1", "model.yaml"),
                git.run("ls-tree", "--name-only", "main:models/a").lines().toList());
    }

    private final TestRegistries registries = new TestRegistries();

    @Test
    void registersACardThatReadsBackEqualAndReadsLikeAnAuditLog() {
        Path path = dir.resolve("registry");
        Lineage lineage = new Lineage(List.of(), List.of(new Dataset("s3://data/churn.csv", "2026-11", Samples.sha256("d"))),
                "https://git.example.com/ml/churn.git", "0123456789abcdef0123456789abcdef01234567", "ci-42", "https://ci/42");
        ModelCard card;
        try (ModelRegistry registry = ModelRegistry.openOrInit(path, registries.at(Instant.parse("2026-11-22T10:15:30Z")))) {
            RegistrationResult result = registry.register(Samples.request("churn", "a").version(Version.parse("1.10.0"))
                    .description("Gradient-boosted churn model").framework("xgboost").modelType("gbt")
                    .taskType("classification").metrics(Map.of("accuracy", 0.93, "auc", 0.97))
                    .hyperparameters(Map.of("max_depth", "6", "eta", "0.10")).tags(List.of(Tag.of("tabular")))
                    .lineage(lineage).owner("team-churn").build());
            assertTrue(result.created());
            card = result.card();
            assertEquals("development", card.stage().value());
            assertEquals(Instant.parse("2026-11-22T10:15:30Z"), card.createdAt());
            assertEquals("Alice Analyst <alice@example.com>", card.createdBy());
            assertEquals(card, registry.get(ModelReference.parse("churn@1.10.0")));
            assertEquals(card, registry.get(ModelReference.parse("churn@latest")));
            assertEquals(card, registry.get(ModelReference.parse("churn@development")));
            assertEquals("team-churn", registry.model(ModelName.of("churn")).owner());
        }
        GitCli git = new GitCli(path);
        assertEquals("Register churn 1.10.0", git.run("log", "-1", "--format=%s", "main").strip());
        String trailers = git.run("log", "-1", "--format=%(trailers:only,unfold)", "main");
        assertTrue(trailers.contains("Registry-Action: register\nModel: churn\nModel-Version: 1.10.0\nStage: development\n"),
                trailers);
        assertTrue(trailers.contains("Artifact-Sha256: " + Samples.sha256("a")), trailers);
        assertTrue(trailers.contains("Build: ci-42"), trailers);
        String yaml = git.run("show", "main:models/churn/1.10.0/card.yaml");
        assertTrue(yaml.contains("version: \"1.10.0\""), yaml);
        assertTrue(yaml.contains("eta: \"0.10\""), yaml);
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void bumpsFromTheGreatestVersionAndRefusesDuplicates() {
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            assertEquals("0.1.0", registry.register(Samples.request("churn", "1").bump(Bump.MINOR).build())
                    .card().version().toString());
            assertEquals("0.1.1", registry.register(Samples.request("churn", "2").build()).card().version().toString());
            assertEquals("1.0.0", registry.register(Samples.request("churn", "3").bump(Bump.MAJOR).build())
                    .card().version().toString());
            ConflictException duplicate = assertThrows(ConflictException.class, () -> registry.register(
                    Samples.request("churn", "4").version(Version.parse("0.1.1")).build()));
            assertEquals(Input.VERSION, duplicate.input());
            assertTrue(duplicate.getMessage().contains("churn@0.1.1 already exists"), duplicate.getMessage());
            ConflictException samePrecedence = assertThrows(ConflictException.class, () -> registry.register(
                    Samples.request("churn", "5").version(Version.parse("1.0.0+build.7")).build()));
            assertTrue(samePrecedence.getMessage().contains("as 1.0.0"), samePrecedence.getMessage());
        }
    }

    @Test
    void theSameArtifactFromTheSameBuildReturnsTheExistingVersion() {
        Lineage build = new Lineage(List.of(), List.of(), "", "", "run-7", "");
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            RegistrationResult first = registry.register(Samples.request("churn", "x").lineage(build).build());
            RegistrationResult again = registry.register(Samples.request("churn", "x").lineage(build).build());
            assertTrue(first.created());
            assertFalse(again.created());
            assertTrue(again.commitId().isEmpty());
            assertEquals(first.card(), again.card());
            RegistrationResult sameVersion = registry.register(Samples.request("churn", "x").lineage(build)
                    .version(first.card().version()).build());
            assertFalse(sameVersion.created());
            assertEquals(first.card(), sameVersion.card());
            ConflictException otherVersion = assertThrows(ConflictException.class, () -> registry.register(
                    Samples.request("churn", "x").lineage(build).version(Version.parse("2.0.0")).build()));
            assertEquals(Input.VERSION, otherVersion.input());
            assertEquals("Cannot register churn@2.0.0: this artifact was already registered by build run-7 as"
                    + " churn@0.0.1; ask for 0.0.1 to get that version, or register the artifact from another build.",
                    otherVersion.getMessage());
            RegistrationResult otherBuild = registry.register(Samples.request("churn", "x")
                    .lineage(new Lineage(List.of(), List.of(), "", "", "run-8", "")).build());
            assertTrue(otherBuild.created());
        }
        assertEquals("2", new GitCli(dir.resolve("r")).run("rev-list", "--count", "main").strip());
    }

    @Test
    void theSameBuildIsFoundAmongManyVersionsAndThroughAnArtifactDigestSpelledWithEscapes() {
        Lineage build = new Lineage(List.of(), List.of(), "", "", "run-7", "");
        Path path = dir.resolve("r");
        RegistrationResult first;
        try (ModelRegistry registry = registries.open(path)) {
            first = registry.register(Samples.request("churn", "x").lineage(build).build());
            for (int i = 0; i < 5; i++) {
                registry.register(Samples.request("churn", "other-" + i).lineage(build).build());
            }
        }
        String card = "models/churn/0.0.1/card.yaml";
        String sha256 = first.card().artifact().sha256();
        int letter = sha256.indexOf(sha256.chars().filter(Character::isLetter).findFirst().orElseThrow());
        String escaped = "\"" + sha256.substring(0, letter) + "\\x" + Integer.toHexString(sha256.charAt(letter))
                + sha256.substring(letter + 1) + "\"";
        HandEditor editor = HandEditor.clone(path, dir.resolve("edit"));
        editor.write(card, editor.read(card).replace("/artifacts/" + sha256, "/artifacts/model")
                .replace("sha256: \"" + sha256 + "\"", "sha256: " + escaped))
                .commitAndPush("Spell the artifact digest with an escape");
        try (ModelRegistry registry = registries.open(path)) {
            RegistrationResult again = registry.register(Samples.request("churn", "x").lineage(build).build());
            assertFalse(again.created());
            assertEquals(first.card().id(), again.card().id());
            assertEquals(sha256, again.card().artifact().sha256());
            RegistrationResult another = registry.register(Samples.request("churn", "other-2").lineage(build).build());
            assertFalse(another.created());
            assertEquals(Version.parse("0.0.4"), another.card().version());
            assertTrue(registry.register(Samples.request("churn", "new").lineage(build).build()).created());
        }
        HandEditor.clone(path, dir.resolve("edit-again")).write("models/churn/0.0.2/card.yaml", "name: [unclosed\n")
                .commitAndPush("Break a card");
        try (ModelRegistry registry = registries.open(path)) {
            assertTrue(registry.register(Samples.request("churn", "newer").lineage(build).build()).created(),
                    "a broken card that cannot hold the artifact's digest does not stop a registration");
            assertFalse(registry.register(Samples.request("churn", "x").lineage(build).build()).created());
        }
    }

    @Test
    void plansTheVersionARegistrationWouldGetWithoutWriting() {
        Lineage build = new Lineage(List.of(), List.of(), "", "", "run-7", "");
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            assertEquals(Version.parse("0.1.0"), registry.plannedVersion(Samples.request("churn", "x").bump(Bump.MINOR)
                    .lineage(build).build()));
            registry.register(Samples.request("churn", "x").bump(Bump.MINOR).lineage(build).build());
            assertEquals(Version.parse("0.1.0"), registry.plannedVersion(Samples.request("churn", "x").lineage(build)
                    .build()), "a repeat of the same build and artifact plans the version it got");
            assertEquals(Version.parse("0.1.1"), registry.plannedVersion(Samples.request("churn", "y").build()));
            assertEquals(Version.parse("2.0.0"), registry.plannedVersion(Samples.request("churn", "y")
                    .version(Version.parse("2.0.0")).build()));
            ConflictException taken = assertThrows(ConflictException.class, () -> registry.plannedVersion(
                    Samples.request("churn", "y").version(Version.parse("0.1.0")).build()));
            assertEquals(Input.VERSION, taken.input());
        }
        assertEquals("1", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void namesAreUniqueRegardlessOfCaseAndParentsMustExist() {
        try (ModelRegistry registry = registries.open(dir.resolve("r"))) {
            registry.register(Samples.request("churn", "1").build());
            ConflictException clash = assertThrows(ConflictException.class,
                    () -> registry.register(Samples.request("Churn", "2").build()));
            assertEquals(Input.NAME, clash.input());
            NotFoundException wrongCase = assertThrows(NotFoundException.class,
                    () -> registry.get(ModelReference.parse("Churn@latest")));
            assertEquals(Input.NAME, wrongCase.input());
            assertEquals("No model named \"Churn\" in the registry; did you mean \"churn\"? Names keep their case.",
                    wrongCase.getMessage());
            NotFoundException parent = assertThrows(NotFoundException.class, () -> registry.register(
                    Samples.request("child", "3").lineage(new Lineage(List.of(VersionId.parse("base@1.0.0")), List.of(),
                            "", "", "", "")).build()));
            assertEquals(Input.PARENT, parent.input());
            assertTrue(parent.getMessage().contains("base@1.0.0"), parent.getMessage());
        }
    }

    @Test
    void fieldsNoCardCanHoldAreUsageErrorsNamingTheFieldAndWriteNothing() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("fraud", "f").build());
            RegistryUsageException control = assertThrows(RegistryUsageException.class, () -> registry.register(
                    Samples.request("churn", "a").description("line one\nbell \u0007").build()));
            assertEquals(Input.OTHER, control.input());
            assertEquals("The description contains the control character U+0007 at index 14; remove it: only tab"
                    + " and newline are allowed in text.", control.getMessage());
            RegistryUsageException owner = assertThrows(RegistryUsageException.class,
                    () -> Samples.request("churn", "a").owner(null).build());
            assertEquals("The owner is missing (null); give a text, or an empty one to leave it out.",
                    owner.getMessage());
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("notes", null);
            RegistryUsageException noValue = assertThrows(RegistryUsageException.class,
                    () -> Samples.request("churn", "a").metadata(metadata).build());
            assertEquals(Input.OTHER, noValue.input());
            assertTrue(noValue.getMessage().contains("metadata value for key 'notes' is null"), noValue.getMessage());
            Map<String, Double> metrics = new HashMap<>();
            metrics.put("auc", null);
            assertEquals(Input.METRIC, assertThrows(RegistryUsageException.class,
                    () -> Samples.request("churn", "a").metrics(metrics).build()).input());
            Lineage bell = new Lineage(List.of(), List.of(new Dataset("s3://data/\u0007", "", "")), "", "", "", "");
            RegistryUsageException nested = assertThrows(RegistryUsageException.class,
                    () -> registry.register(Samples.request("churn", "a").lineage(bell).build()));
            assertEquals(Input.OTHER, nested.input());
            assertTrue(nested.getMessage().startsWith("The change cannot be stored in models/churn/0.0.1/card.yaml:"
                    + " control character U+0007"), nested.getMessage());
            RegistryUsageException type = assertThrows(RegistryUsageException.class, () -> registry.register(
                    Samples.request("churn", "a").metadata(Map.of("trained", Instant.EPOCH)).build()));
            assertTrue(type.getMessage().contains("metadata value for key 'trained' is a java.time.Instant"), type.getMessage());
        }
        assertEquals("1", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void aModelDirectoryWithAnInvalidNameDoesNotBlockRegisteringOthers() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "1").build());
        }
        WorkTreeClone.of(path, dir.resolve("edit")).write("models/bad..name/model.yaml", "name: \"bad..name\"\n")
                .commitAndPush("Add a model directory by hand", "main");
        try (ModelRegistry registry = registries.open(path)) {
            assertTrue(registry.register(Samples.request("fraud", "f").build()).created());
            assertTrue(registry.register(Samples.request("churn", "2").build()).created());
            ConflictException clash = assertThrows(ConflictException.class,
                    () -> registry.register(Samples.request("CHURN", "3").build()));
            assertEquals(Input.NAME, clash.input());
        }
    }
}
