package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class CleanupTest {

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    /**
     * churn 1.0.0 to 1.5.0 with 1.0.0 in production and 1.1.0 under the alias baseline; fraud 0.1.0 to 0.3.0.
     */
    private static void populate(ModelRegistry registry) {
        for (int minor = 0; minor <= 5; minor++) {
            registry.register(Samples.request("churn", "c" + minor).version(Version.parse("1." + minor + ".0")).build());
        }
        for (int minor = 1; minor <= 3; minor++) {
            registry.register(Samples.request("fraud", "f" + minor).version(Version.parse("0." + minor + ".0")).build());
        }
        registry.transition(new TransitionRequest(ModelReference.parse("churn@1.0.0"), StageName.of("staging"), ""));
        registry.transition(new TransitionRequest(ModelReference.parse("churn@1.0.0"), StageName.of("production"), ""));
        registry.setAlias(new SetAliasRequest(ModelName.of("churn"), AliasName.of("baseline"), Version.parse("1.1.0"),
                ""));
    }

    private static CleanupRequest keep(int newest, boolean dryRun) {
        return new CleanupRequest(Optional.empty(), OptionalInt.of(newest), dryRun, "quarterly cleanup");
    }

    private static List<String> ids(List<VersionId> versions) {
        return versions.stream().map(VersionId::toString).toList();
    }

    private static String count(GitCli git) {
        return git.run("rev-list", "--count", "main").strip();
    }

    @Test
    void aDryRunPlansWhatARealRunRemovesInOneCommit() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        CleanupResult real;
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            String before = count(git);
            CleanupResult plan = registry.cleanup(keep(2, true));
            assertTrue(plan.dryRun());
            assertEquals(Optional.empty(), plan.commitId());
            assertEquals(before, count(git));
            assertEquals(List.of("churn@1.2.0", "churn@1.3.0", "fraud@0.1.0"), ids(plan.removed()));
            assertEquals(List.of(
                    new KeptVersion(VersionId.parse("churn@1.0.0"), KeptVersion.Reason.PROTECTED_STAGE,
                            "in production, a protected stage"),
                    new KeptVersion(VersionId.parse("churn@1.1.0"), KeptVersion.Reason.ALIAS, "under alias baseline"),
                    new KeptVersion(VersionId.parse("churn@1.4.0"), KeptVersion.Reason.NEWEST, "one of the newest 2"),
                    new KeptVersion(VersionId.parse("churn@1.5.0"), KeptVersion.Reason.NEWEST, "one of the newest 2"),
                    new KeptVersion(VersionId.parse("fraud@0.2.0"), KeptVersion.Reason.NEWEST, "one of the newest 2"),
                    new KeptVersion(VersionId.parse("fraud@0.3.0"), KeptVersion.Reason.NEWEST, "one of the newest 2")),
                    plan.kept());

            real = registry.cleanup(keep(2, false));
            assertFalse(real.dryRun());
            assertEquals(plan.removed(), real.removed());
            assertEquals(plan.kept(), real.kept());
            assertEquals(List.of(Version.parse("1.0.0"), Version.parse("1.1.0"), Version.parse("1.4.0"),
                    Version.parse("1.5.0")), registry.read(view -> view.versions(ModelName.of("churn"))));
            assertEquals("1.1.0", registry.get(ModelReference.parse("churn@baseline")).version().toString());

            CleanupResult again = registry.cleanup(keep(2, false));
            assertEquals(List.of(), again.removed());
            assertEquals(Optional.empty(), again.commitId());
        }
        String commit = real.commitId().orElseThrow();
        assertEquals(commit, git.run("rev-parse", "main").strip());
        assertEquals("Clean up 3 old versions of churn, fraud", git.run("log", "-1", "--format=%s", commit).strip());
        assertEquals("""
                Registry-Action: cleanup
                Model: churn
                Model: fraud
                Keep-Latest: 2
                Removed: churn@1.2.0
                Removed: churn@1.3.0
                Removed: fraud@0.1.0
                Reason: quarterly cleanup
                """.strip(), git.run("log", "-1", "--format=%(trailers)", commit).strip());
        assertEquals("churn@1.2.0\nchurn@1.3.0\nfraud@0.1.0",
                git.run("log", "-1", "--format=%(trailers:key=Removed,valueonly)", commit).strip());
        assertTrue(git.run("show", commit + "^:models/fraud/0.1.0/card.yaml").contains("version: \"0.1.0\""));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void oneModelWithThePolicyRetentionKeepsTheNewestTen() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            for (int i = 0; i < 12; i++) {
                registry.register(Samples.request("tiny", "t" + i).build());
            }
            registry.register(Samples.request("other", "o").build());
            CleanupResult result = registry.cleanup(new CleanupRequest(Optional.of(ModelName.of("tiny")),
                    OptionalInt.empty(), false, ""));
            assertEquals(List.of("tiny@0.0.1", "tiny@0.0.2"), ids(result.removed()));
            assertEquals(10, result.kept().size());
        }
        assertEquals("Clean up 2 old versions of tiny", git.run("log", "-1", "--format=%s", "main").strip());
        assertEquals("Keep-Latest: 10", git.run("log", "-1", "--format=%(trailers:key=Keep-Latest)", "main").strip());
        assertEquals("models/other/0.0.1\n", git.run("ls-tree", "-d", "--name-only", "main", "models/other/"));
    }

    @Test
    void badRequestsAreRefusedAndWriteNothing() {
        Path path = dir.resolve("r");
        GitCli git = new GitCli(path);
        try (ModelRegistry registry = registries.open(path)) {
            populate(registry);
            String before = count(git);
            RegistryUsageException negative = assertThrows(RegistryUsageException.class, () -> keep(-1, false));
            assertEquals(Input.OTHER, negative.input());
            assertEquals("keepLatest is -1; give the number of newest versions to keep per model, 0 or more.",
                    negative.getMessage());
            NotFoundException missing = assertThrows(NotFoundException.class, () -> registry.cleanup(
                    new CleanupRequest(Optional.of(ModelName.of("churm")), OptionalInt.of(1), false, "")));
            assertEquals(Input.NAME, missing.input());
            CleanupResult keepNone = registry.cleanup(keep(0, true));
            assertEquals(List.of("churn@1.2.0", "churn@1.3.0", "churn@1.4.0", "churn@1.5.0", "fraud@0.1.0",
                    "fraud@0.2.0", "fraud@0.3.0"), ids(keepNone.removed()));
            assertEquals(before, count(git));
        }
    }

    @Test
    void keepsTheLineageParentsOfVersionsThatStayUpTheLineage() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            for (int minor = 0; minor <= 3; minor++) {
                registry.register(Samples.request("base", "b" + minor).version(Version.parse("1." + minor + ".0"))
                        .lineage(minor == 1 ? Samples.parents("base@1.0.0") : Lineage.NONE).build());
            }
            registry.register(Samples.request("churn", "c").version(Version.parse("2.0.0"))
                    .lineage(Samples.parents("base@1.1.0")).build());
            CleanupResult result = registry.cleanup(keep(1, false));
            assertEquals(List.of("base@1.2.0"), ids(result.removed()));
            assertEquals(List.of(
                    new KeptVersion(VersionId.parse("base@1.0.0"), KeptVersion.Reason.PARENT,
                            "lineage parent of base@1.1.0"),
                    new KeptVersion(VersionId.parse("base@1.1.0"), KeptVersion.Reason.PARENT,
                            "lineage parent of churn@2.0.0"),
                    new KeptVersion(VersionId.parse("base@1.3.0"), KeptVersion.Reason.NEWEST, "one of the newest 1"),
                    new KeptVersion(VersionId.parse("churn@2.0.0"), KeptVersion.Reason.NEWEST, "one of the newest 1")),
                    result.kept());
            assertTrue(registry.check().isClean(), () -> registry.check().problems().toString());
        }
    }
}
