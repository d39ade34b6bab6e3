package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.policy.PolicyYaml;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/**
 * Owners in {@code registry.yaml}: the {@code CODEOWNERS} file they give is written as one commit
 * and verified by the check, and the owners of a stage must make or merge every change into it.
 */
class OwnershipTest {

    private static final String OWNERS = """
            owners:
              registry: ["@acme/ml-platform"]
              models:
                churn: ["@acme/churn", "carol@example.com"]
                "fraud-*": ["@acme/fraud"]
            """;
    private static final String CODEOWNERS = """
            # Written by Model Registry from the owners in registry.yaml: do not edit it by hand.
            # Change the owners there, then write this file again: mvn model:check -Dmodel.writeCodeowners=true
            * @acme/ml-platform
            /registry.yaml @acme/ml-platform
            /CODEOWNERS @acme/ml-platform
            /models/churn/ @acme/churn carol@example.com @acme/ml-platform
            /models/fraud-*/ @acme/fraud @acme/ml-platform
            """;
    private static final String STAGE_OWNERS =
            "owners:\n  registry: [\"@acme/ml-platform\"]\n  stages:\n    production: [\"rita@example.com\"]\n";
    private static final Actor RITA = new Actor("Rita Release", "rita@example.com");
    private static final Actor BOB = new Actor("Bob Builder", "bob@example.com");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private Path registryWithPolicy(String policy) {
        Path registry = dir.resolve("registry");
        try (ModelRegistry writer = registries.open(registry)) {
            writer.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
        }
        WorkTreeClone.of(registry, dir.resolve("policy-edit")).write("registry.yaml", policy)
                .commitAndPush("Name the owners", "main");
        return registry;
    }

    private static List<String> rules(CheckReport report) {
        return report.problems().stream().map(Problem::rule).toList();
    }

    @Test
    void theCodeOwnersThatTheOwnersGiveAreWrittenAsOneCommitThatGitAndTheCheckRead() {
        Path registry = registryWithPolicy(OWNERS);
        GitCli git = new GitCli(registry);
        try (ModelRegistry writer = registries.open(registry)) {
            CheckReport before = writer.check();
            assertEquals(List.of("codeowners"), rules(before), before.lines().toString());
            assertTrue(before.lines().get(0).startsWith("CODEOWNERS: [codeowners] registry.yaml names owners, but"
                    + " there is no CODEOWNERS file"), before.lines().toString());

            String head = git.run("rev-parse", "main").strip();
            CodeOwnersResult written = writer.writeCodeOwners("owners for the audit");
            assertTrue(written.changed());
            assertEquals(CODEOWNERS, written.content());
            assertEquals(git.run("rev-parse", "main").strip(), written.commitId().orElseThrow());
            assertEquals(head, git.run("rev-parse", "main^").strip(), "exactly one commit");
            assertEquals(CODEOWNERS, git.run("show", "main:CODEOWNERS"));
            assertEquals("Write CODEOWNERS from the owners in registry.yaml\n"
                    + "Registry-Action: write-codeowners\nReason: owners for the audit\n",
                    git.run("log", "-1", "--format=%s%n%(trailers:only,unfold)", "main").stripTrailing() + "\n");
            assertTrue(writer.check().isClean(), writer.check().lines().toString());

            CodeOwnersResult again = writer.writeCodeOwners("");
            assertFalse(again.changed(), "the file is already the one the owners give");
            assertEquals(written.commitId().get(), git.run("rev-parse", "main").strip(), "nothing written");
        }
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void aCodeOwnersFileEditedByHandOrHiddenByAnotherIsReportedAtTheLineThatDiffers() {
        Path registry = registryWithPolicy(OWNERS);
        try (ModelRegistry writer = registries.open(registry)) {
            writer.writeCodeOwners("");
        }
        WorkTreeClone.of(registry, dir.resolve("hand-edit"))
                .replace("CODEOWNERS", "/models/churn/ @acme/churn", "/models/churn/ @mallory")
                .write(".github/CODEOWNERS", "* @mallory\n")
                .commitAndPush("Own churn myself", "main");
        try (ModelRegistry reader = registries.open(registry)) {
            List<String> lines = reader.check().lines();
            assertEquals(List.of(".github/CODEOWNERS: [codeowners] GitHub reads this file instead of the CODEOWNERS"
                    + " that registry.yaml's owners give, so those owners are not required there; delete it, and"
                    + " name its owners in registry.yaml",
                    "CODEOWNERS:6: [codeowners] line 6 is \"/models/churn/ @mallory carol@example.com"
                    + " @acme/ml-platform\" where the owners in registry.yaml give \"/models/churn/ @acme/churn"
                    + " carol@example.com @acme/ml-platform\"; write it from registry.yaml's owners: mvn model:check"
                    + " -Dmodel.writeCodeowners=true (ModelRegistry.writeCodeOwners), or change the owners in"
                    + " registry.yaml"), lines);
        }
    }

    @Test
    void aCodeOwnersFileWithOtherLineEndingsIsReportedAsSuch() {
        Path registry = registryWithPolicy(OWNERS);
        WorkTreeClone.of(registry, dir.resolve("windows")).write("CODEOWNERS", CODEOWNERS.replace("\n", "\r\n"))
                .commitAndPush("Write CODEOWNERS on Windows", "main");
        try (ModelRegistry reader = registries.open(registry)) {
            assertEquals(List.of("CODEOWNERS:1: [codeowners] the file ends its lines with CR LF, where the owners in"
                    + " registry.yaml give LF alone; write it from registry.yaml's owners: mvn model:check"
                    + " -Dmodel.writeCodeowners=true (ModelRegistry.writeCodeOwners), or change the owners in"
                    + " registry.yaml"), reader.check().lines());
        }
    }

    @Test
    void writingCodeOwnersWithoutOwnersIsRefusedAndWritesNothing() {
        Path registry = registryWithPolicy("retention:\n  keepLatest: 5\n");
        String head = new GitCli(registry).run("rev-parse", "main").strip();
        try (ModelRegistry writer = registries.open(registry)) {
            RegistryUsageException refused = assertThrows(RegistryUsageException.class, () -> writer.writeCodeOwners(""));
            assertTrue(refused.getMessage().startsWith("Cannot write CODEOWNERS: registry.yaml names no owners."),
                    refused.getMessage());
            assertTrue(writer.check().isClean(), "a registry without owners needs no CODEOWNERS");
        }
        assertEquals(head, new GitCli(registry).run("rev-parse", "main").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "owners:\n  registry: [\"alice\"]\n",
            "owners:\n  registry: []\n",
            "owners:\n  models:\n    churn: [\"@acme\"]\n",
            "owners:\n  registry: [\"@acme\"]\n  models:\n    \"..\": [\"@acme\"]\n",
            "owners:\n  registry: [\"@acme\"]\n  models:\n    \".*\": [\"@acme\"]\n",
            "owners:\n  registry: [\"@acme/ml platform\"]\n",
            "owners:\n  registry: [\"@acme\\n* @mallory\"]\n",
            "owners:\n  registry: [\"@acme\"]\n  models:\n    churn: []\n",
            "owners:\n  registry: [\"@acme\"]\n  models:\n    \"churn/..\": [\"@acme\"]\n",
            "owners:\n  registry: [\"@acme\"]\n  stages:\n    production: [\"@acme/release\"]\n",
            "owners:\n  registry: [\"@acme\"]\n  stages:\n    nowhere: [\"rita@example.com\"]\n",
            "owners:\n  teams: [\"@acme\"]\n"})
    void badOwnersAreRefusedNamingTheFileAndTheLine(String policy) {
        InvalidRegistryFileException refused = assertThrows(InvalidRegistryFileException.class,
                () -> PolicyYaml.read("registry.yaml", policy.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().matches("(?s)registry\\.yaml:[1-4]: owners\\..*"), refused.getMessage());
    }

    @Test
    void aVersionInAStageWithOwnersMustHaveBeenPutThereByOneOfThem() {
        Path registry = registryWithPolicy(STAGE_OWNERS);
        try (ModelRegistry bob = ModelRegistry.open(registry, registries.options().withActor(BOB));
             ModelRegistry rita = ModelRegistry.open(registry, registries.options().withActor(RITA))) {
            bob.writeCodeOwners("");
            bob.register(Samples.request("churn", "2").bump(Bump.PATCH).build());
            for (String version : List.of("churn@0.0.1", "churn@0.0.2")) {
                bob.transition(new TransitionRequest(ModelReference.parse(version), StageName.of("staging"), ""));
            }
            rita.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"), StageName.of("production"), ""));
            assertTrue(bob.check().isClean(), "Rita owns production and promoted 0.0.1: " + bob.check().lines());

            bob.transition(new TransitionRequest(ModelReference.parse("churn@0.0.2"), StageName.of("production"),
                    "no time to wait"));
            List<String> lines = bob.check().lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("models/churn/0.0.2/card.yaml: [stage-approval] churn@0.0.2 is in"
                    + " production, whose owners are rita@example.com, but none of them approved the change"
                    + " that put it there: commit "), lines.get(0));
            assertTrue(lines.get(0).contains("\"Promote churn 0.0.2 to production\" by Bob Builder <bob@example.com>,"
                    + " committed on the branch without a merge"), lines.get(0));
        }
    }

    @Test
    void aPromotionMergedByAStageOwnerIsApprovedAndOneMergedBySomeoneElseIsReported() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        RegistryOptions asBob = registries.cachedIn(dir.resolve("cache")).withActor(BOB);
        try (ModelRegistry bob = ModelRegistry.open(RegistryLocation.parse(remote.fileUrl()), asBob)) {
            bob.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            bob.register(Samples.request("fraud", "1").bump(Bump.PATCH).build());
            WorkTreeClone.of(dir.resolve("remote.git"), dir.resolve("policy-edit"))
                    .write("registry.yaml", STAGE_OWNERS)
                    .commitAndPush("Rita owns production", "main");
            bob.writeCodeOwners("");
            for (String model : List.of("churn", "fraud")) {
                bob.transition(new TransitionRequest(ModelReference.parse(model + "@0.0.1"), StageName.of("staging"), ""));
                bob.transition(new TransitionRequest(ModelReference.parse(model + "@0.0.1"),
                        StageName.of("production"), ""));
            }
            WorkTreeClone merger = WorkTreeClone.of(dir.resolve("remote.git"), dir.resolve("merges"));
            merger.mergeAndPush("registry/promote/churn/0.0.1-production", "Rita Release", "rita@example.com",
                    Instant.now().plusSeconds(60));
            merger.mergeAndPush("registry/promote/fraud/0.0.1-production", "Pat Reviewer", "pat@example.com",
                    Instant.now().plusSeconds(120));
            List<String> lines = bob.check().lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("models/fraud/0.0.1/card.yaml: [stage-approval] fraud@0.0.1 is in"
                    + " production"), lines.get(0));
            assertTrue(lines.get(0).contains("by Bob Builder <bob@example.com> and merged by Pat Reviewer"
                    + " <pat@example.com> in "), lines.get(0));
        }
    }
}
