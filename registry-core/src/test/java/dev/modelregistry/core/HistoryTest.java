package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.ModelHistoryPrinter;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WriterProcesses;

class HistoryTest {

    private static final Instant BASE = Instant.parse("2026-03-01T00:00:00Z");
    private static final ModelName CHURN = ModelName.of("churn");
    private static final StageName PRODUCTION = StageName.of("production");
    private static final String ALICE = "Alice Analyst <alice@example.com>";
    private static final String BOB = "Bob Builder <bob@example.com>";

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private Path registryPath() {
        return dir.resolve("registry");
    }

    /** Hour {@code n} of the test timeline. */
    private static Instant hour(int n) {
        return BASE.plus(Duration.ofHours(n));
    }

    /** Runs {@code step} on the registry with its clock fixed at hour {@code n}. */
    private void at(int n, Consumer<ModelRegistry> step) {
        try (ModelRegistry registry = ModelRegistry.openOrInit(registryPath(), registries.at(hour(n)))) {
            step.accept(registry);
        }
    }

    private ModelRegistry open() {
        return registries.open(registryPath());
    }

    private static void move(ModelRegistry registry, String reference, String stage, String reason) {
        registry.transition(new TransitionRequest(ModelReference.parse(reference), StageName.of(stage), reason));
    }

    /**
     * Hours 1-7: churn 0.0.1 and 0.0.2 and fraud 0.0.1 are registered; churn 0.0.1 goes to
     * production at hour 5, and churn 0.0.2 replaces it there at hour 7.
     */
    private void twoPromotions() {
        at(1, r -> r.register(Samples.request("churn", "1").build()));
        at(2, r -> r.register(Samples.request("churn", "2").build()));
        at(3, r -> r.register(Samples.request("fraud", "f").build()));
        at(4, r -> move(r, "churn@0.0.1", "staging", "offline eval passed"));
        at(5, r -> move(r, "churn@0.0.1", "production", "canary skipped: low risk"));
        at(6, r -> move(r, "churn@0.0.2", "staging", ""));
        at(7, r -> move(r, "churn@0.0.2", "production", "beats 0.0.1 on AUC"));
    }

    /** One line per event: hour, action (or edit), model@version, stages and reason. */
    private static List<String> describe(List<AuditEvent> events) {
        return events.stream().map(e -> "T" + Duration.between(BASE, e.time()).toHours() + " "
                + e.action().map(RegistryAction::trailerValue).orElse("edit") + " "
                + e.model().map(ModelName::value).orElse("-") + e.version().map(v -> "@" + v).orElse("")
                + e.from().map(s -> " " + s).orElse("") + e.to().map(s -> " -> " + s).orElse("")
                + e.reason().map(s -> " (" + s + ")").orElse("")).toList();
    }

    private static List<String> distinctCommits(List<AuditEvent> events) {
        return events.stream().map(AuditEvent::commitId).distinct().toList();
    }

    @Test
    void aModelsHistoryAtTheIndexedHeadOpensNoJGitRepository() throws IOException {
        twoPromotions();
        List<AuditEvent> before;
        try (ModelRegistry registry = open()) {
            before = registry.history(HistoryQuery.forModel(CHURN));
        }
        Path config = registryPath().resolve(".git").resolve("config");
        if (!Files.exists(config)) {
            config = registryPath().resolve("config");
        }
        byte[] working = Files.readAllBytes(config);
        Files.writeString(config, "[core\n");
        try (ModelRegistry fresh = open()) {
            assertEquals(before, fresh.history(HistoryQuery.forModel(CHURN)));
            assertEquals(before.subList(0, 2), fresh.history(HistoryQuery.forModel(CHURN).withLimit(2)));
            RegistryUsageException needsGit = assertThrows(RegistryUsageException.class,
                    () -> fresh.history(HistoryQuery.forVersion(new VersionId(CHURN, before.get(0).version().get()))));
            assertTrue(needsGit.getMessage().contains(config.toString()), needsGit.getMessage());
        } finally {
            Files.write(config, working);
        }
    }

    @Test
    void aFreshProcessReadsAModelsHistoryWithoutLoadingJGit() throws Exception {
        twoPromotions();
        List<String> expected;
        try (ModelRegistry registry = open()) {
            expected = registry.history(HistoryQuery.forModel(CHURN)).stream().map(ModelHistoryPrinter::line).toList();
        }
        WriterProcesses processes = new WriterProcesses("-verbose:class");
        Path log = dir.resolve("history.log");
        processes.start(ModelHistoryPrinter.class, log, registryPath().toString(), CHURN.value());
        processes.awaitSuccess();
        List<String> output = Files.readAllLines(log);
        List<String> printed = output.stream().filter(line -> !line.startsWith("[")).toList();
        assertEquals(expected, printed.subList(0, printed.size() - 1));
        assertEquals(ModelHistoryPrinter.DONE, printed.get(printed.size() - 1));
        assertTrue(output.stream().anyMatch(line -> line.contains(" dev.modelregistry.core.history.HistoryIndex ")),
                "the class-loading log lists the classes loaded");
        assertEquals(List.of(), output.stream().filter(line -> line.contains("org.eclipse.jgit")).toList());
    }

    @Test
    void theRegistryHistoryHasEveryActionAndDemotionNewestFirst() {
        twoPromotions();
        List<AuditEvent> events;
        try (ModelRegistry registry = open()) {
            events = registry.history(HistoryQuery.forRegistry());
        }
        assertEquals(List.of(
                "T7 transition churn@0.0.2 staging -> production (beats 0.0.1 on AUC)",
                "T7 transition churn@0.0.1 production -> deprecated (beats 0.0.1 on AUC)",
                "T6 transition churn@0.0.2 development -> staging",
                "T5 transition churn@0.0.1 staging -> production (canary skipped: low risk)",
                "T4 transition churn@0.0.1 development -> staging (offline eval passed)",
                "T3 register fraud@0.0.1 -> development",
                "T2 register churn@0.0.2 -> development",
                "T1 register churn@0.0.1 -> development"), describe(events));
        assertTrue(events.stream().allMatch(e -> e.actor().equals(ALICE)), events::toString);
        AuditEvent demotion = events.get(1);
        assertEquals(events.get(0).commitId(), demotion.commitId());
        assertEquals("Promote churn 0.0.2 to production", demotion.subject());
        assertEquals(new GitCli(registryPath()).run("log", "--format=%H", "main").lines().toList(),
                distinctCommits(events));
    }

    @Test
    void modelAndVersionScopesKeepToTheirEvents() {
        twoPromotions();
        try (ModelRegistry registry = open()) {
            List<AuditEvent> churn = registry.history(HistoryQuery.forModel(CHURN));
            assertEquals(7, churn.size());
            assertTrue(churn.stream().allMatch(e -> e.model().equals(Optional.of(CHURN))), churn::toString);
            assertEquals(List.of(
                    "T7 transition churn@0.0.1 production -> deprecated (beats 0.0.1 on AUC)",
                    "T5 transition churn@0.0.1 staging -> production (canary skipped: low risk)",
                    "T4 transition churn@0.0.1 development -> staging (offline eval passed)",
                    "T1 register churn@0.0.1 -> development"),
                    describe(registry.history(HistoryQuery.forVersion(VersionId.parse("churn@0.0.1")))));
            assertEquals(List.of(
                    "T7 transition churn@0.0.2 staging -> production (beats 0.0.1 on AUC)",
                    "T6 transition churn@0.0.2 development -> staging",
                    "T2 register churn@0.0.2 -> development"),
                    describe(registry.history(HistoryQuery.forVersion(VersionId.parse("churn@0.0.2")))));
        }
        GitCli git = new GitCli(registryPath());
        assertEquals(git.run("log", "--format=%H", "main", "--", "models/fraud/").strip(),
                String.join("\n", distinctCommits(historyOf(HistoryQuery.forModel(ModelName.of("fraud"))))));
    }

    private List<AuditEvent> historyOf(HistoryQuery query) {
        try (ModelRegistry registry = open()) {
            return registry.history(query);
        }
    }

    @Test
    void sinceUntilAndLimitCutTheTrail() {
        twoPromotions();
        assertEquals(List.of(
                "T6 transition churn@0.0.2 development -> staging",
                "T5 transition churn@0.0.1 staging -> production (canary skipped: low risk)",
                "T4 transition churn@0.0.1 development -> staging (offline eval passed)"),
                describe(historyOf(HistoryQuery.forModel(CHURN).withSince(hour(4)).withUntil(hour(6)))));
        assertEquals(List.of("T7 transition churn@0.0.2 staging -> production (beats 0.0.1 on AUC)"),
                describe(historyOf(HistoryQuery.forRegistry().withLimit(1))));
        assertEquals(List.of(
                "T6 transition churn@0.0.2 development -> staging",
                "T5 transition churn@0.0.1 staging -> production (canary skipped: low risk)"),
                describe(historyOf(HistoryQuery.forRegistry().withUntil(hour(6).plusSeconds(59)).withLimit(2))));
        assertEquals(List.of(), historyOf(HistoryQuery.forModel(CHURN).withUntil(hour(0))));

        RegistryUsageException limit = assertThrows(RegistryUsageException.class,
                () -> HistoryQuery.forRegistry().withLimit(0));
        assertEquals("The history limit is 0; give a limit of at least 1, or none for the whole history.",
                limit.getMessage());
        RegistryUsageException range = assertThrows(RegistryUsageException.class,
                () -> HistoryQuery.forRegistry().withSince(hour(5)).withUntil(hour(4)));
        assertEquals("The history starts (since 2026-03-01T05:00:00Z) after it ends (until 2026-03-01T04:00:00Z);"
                + " swap the two times.", range.getMessage());
    }

    @Test
    void historyOfSomethingNoCommitTouchedIsNotFound() {
        twoPromotions();
        try (ModelRegistry registry = open()) {
            NotFoundException model = assertThrows(NotFoundException.class,
                    () -> registry.history(HistoryQuery.forModel(ModelName.of("chrun"))));
            assertEquals(Input.NAME, model.input());
            assertEquals("No history for \"chrun\": no commit on the registry branch touches it. Check the name;"
                    + " list the models to see their names.", model.getMessage());
            NotFoundException version = assertThrows(NotFoundException.class,
                    () -> registry.history(HistoryQuery.forVersion(VersionId.parse("churn@9.9.9"))));
            assertEquals(Input.VERSION, version.input());
            assertTrue(version.getMessage().startsWith("No history for churn@9.9.9"), version.getMessage());
        }
    }

    /** A work-tree clone of the registry in which Bob commits by hand with the real git CLI. */
    private final class HandClone {
        private final Path work = dir.resolve("clone");

        HandClone() {
            new GitCli(registryPath()).run("clone", "-q", registryPath().toString(), work.toString());
        }

        /** Runs git in the clone as Bob, with author and commit time fixed at hour {@code n}. */
        String git(int n, String... args) {
            String date = "@" + hour(n).getEpochSecond() + " +0000";
            GitCli git = new GitCli(work.resolve(".git"))
                    .withEnvironment("GIT_CONFIG_GLOBAL", "/dev/null")
                    .withEnvironment("GIT_AUTHOR_NAME", "Bob Builder")
                    .withEnvironment("GIT_AUTHOR_EMAIL", "bob@example.com")
                    .withEnvironment("GIT_COMMITTER_NAME", "Bob Builder")
                    .withEnvironment("GIT_COMMITTER_EMAIL", "bob@example.com")
                    .withEnvironment("GIT_AUTHOR_DATE", date)
                    .withEnvironment("GIT_COMMITTER_DATE", date);
            String[] all = new String[args.length + 2];
            all[0] = "-C";
            all[1] = work.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            return git.run(all);
        }

        /** Replaces {@code from} with {@code to} in a file of the clone. */
        void edit(String path, String from, String to) throws IOException {
            Path file = work.resolve(path);
            String text = Files.readString(file);
            assertTrue(text.contains(from), text);
            Files.writeString(file, text.replace(from, to));
        }

        /** Commits every change at hour {@code n} with {@code message}. */
        void commit(int n, String message) {
            git(n, "commit", "-q", "-a", "-m", message);
        }

        void push() {
            git(0, "push", "-q", "origin", "HEAD:main");
        }
    }

    @Test
    void commitsMadeByHandAreEditsByTheirAuthorAndMergesAddNothing() throws IOException {
        at(1, r -> r.register(Samples.request("churn", "1").build()));
        at(2, r -> r.register(Samples.request("churn", "2").build()));
        at(3, r -> r.register(Samples.request("fraud", "f").build()));
        HandClone clone = new HandClone();
        clone.edit("models/churn/0.0.1/card.yaml", "stage: \"development\"",
                "stage: \"development\"\ndescription: \"Baseline trained by hand\"");
        clone.commit(4, "Describe churn 0.0.1\n\nCo-authored-by: Carol Coder <carol@example.com>");
        clone.git(4, "checkout", "-q", "-b", "describe-0.0.2");
        clone.edit("models/churn/0.0.2/card.yaml", "stage: \"development\"",
                "stage: \"development\"\ndescription: \"Second try\"");
        clone.commit(5, "Describe churn 0.0.2");
        clone.git(6, "checkout", "-q", "main");
        clone.edit("models/fraud/0.0.1/card.yaml", "stage: \"development\"",
                "stage: \"development\"\ndescription: \"Rules only\"");
        clone.commit(6, "Describe fraud 0.0.1");
        clone.git(6, "merge", "-q", "--no-ff", "-m", "Merge pull request #7 from bob/describe-0.0.2",
                "describe-0.0.2");
        clone.push();
        at(7, r -> move(r, "churn@0.0.1", "staging", "offline eval passed"));

        List<AuditEvent> churn = historyOf(HistoryQuery.forModel(CHURN));
        assertEquals(List.of(
                "T7 transition churn@0.0.1 development -> staging (offline eval passed)",
                "T5 edit churn",
                "T4 edit churn",
                "T2 register churn@0.0.2 -> development",
                "T1 register churn@0.0.1 -> development"), describe(churn));
        AuditEvent edit = churn.get(2);
        assertTrue(edit.isEdit());
        assertEquals(BOB, edit.actor());
        assertEquals("Describe churn 0.0.1", edit.subject());
        assertEquals("Describe churn 0.0.2", churn.get(1).subject());
        assertEquals(new GitCli(registryPath()).run("log", "--format=%H", "main", "--", "models/churn/").strip(),
                String.join("\n", distinctCommits(churn)));

        assertEquals(List.of(
                "T7 transition churn@0.0.1 development -> staging (offline eval passed)",
                "T4 edit churn@0.0.1",
                "T1 register churn@0.0.1 -> development"),
                describe(historyOf(HistoryQuery.forVersion(VersionId.parse("churn@0.0.1")))));
        assertEquals(List.of(
                "T7 transition churn@0.0.1 development -> staging (offline eval passed)",
                "T6 edit -",
                "T5 edit -",
                "T4 edit -",
                "T3 register fraud@0.0.1 -> development",
                "T2 register churn@0.0.2 -> development",
                "T1 register churn@0.0.1 -> development"), describe(historyOf(HistoryQuery.forRegistry())));
        try (ModelRegistry registry = open()) {
            assertEquals("Baseline trained by hand", registry.get(ModelReference.parse("churn@0.0.1")).description());
        }
    }

    @Test
    void removalsAreEventsOfTheirOwnAndUnreadableRecordsAreEdits() throws IOException {
        twoPromotions();
        HandClone clone = new HandClone();
        clone.git(8, "rm", "-r", "-q", "models/churn/0.0.1");
        clone.git(8, "commit", "-q", "-m", """
                Clean up churn

                Registry-Action: cleanup
                Model: churn
                Reason: keep the newest version
                Removed: churn@0.0.1
                """);
        clone.git(9, "rm", "-r", "-q", "models/fraud/0.0.1");
        clone.git(9, "commit", "-q", "-m", """
                Delete fraud 0.0.1

                Registry-Action: delete-version
                Model: fraud
                Model-Version: 0.0.1
                Removed: fraud@0.0.1
                """);
        clone.edit("models/churn/0.0.2/card.yaml", "stage: \"production\"",
                "stage: \"production\"\ndescription: \"Moved by a newer tool\"");
        clone.commit(10, "Teleport churn 0.0.2\n\nRegistry-Action: teleport\nModel: churn\nModel-Version: 0.0.2");
        clone.push();

        assertEquals(List.of(
                "T10 edit -",
                "T9 delete-version fraud@0.0.1",
                "T8 cleanup churn (keep the newest version)",
                "T8 cleanup churn@0.0.1 (keep the newest version)"), describe(historyOf(HistoryQuery.forRegistry().withSince(hour(8)))));
        List<AuditEvent> removed = historyOf(HistoryQuery.forVersion(VersionId.parse("churn@0.0.1")).withLimit(1));
        assertEquals(List.of("T8 cleanup churn@0.0.1 (keep the newest version)"), describe(removed));
        assertEquals("Clean up churn", removed.get(0).subject());
        assertEquals(List.of("T10 edit churn@0.0.2"),
                describe(historyOf(HistoryQuery.forVersion(VersionId.parse("churn@0.0.2")).withSince(hour(8)))));
    }

    @Test
    void stageHoldersTellWhatHeldProductionAtEachMomentAndWhoPutItThere() {
        twoPromotions();
        GitCli git = new GitCli(registryPath());
        try (ModelRegistry registry = open()) {
            assertEquals(List.of(), registry.stageHolders(CHURN, PRODUCTION, hour(0)));
            assertEquals(List.of(), registry.stageHolders(CHURN, PRODUCTION, hour(4).plusSeconds(1800)));

            StageHolding first = single(registry.stageHolders(CHURN, PRODUCTION, hour(5)));
            assertEquals("0.0.1", first.card().version().toString());
            assertEquals(PRODUCTION, first.card().stage());
            AuditEvent promotion = first.movedIn().orElseThrow();
            assertEquals(ALICE, promotion.actor());
            assertEquals(hour(5), promotion.time());
            assertEquals(Optional.of("canary skipped: low risk"), promotion.reason());
            assertEquals(Optional.of(StageName.of("staging")), promotion.from());
            assertEquals(git.run("rev-list", "-1", "--first-parent", "--before=@" + hour(5).getEpochSecond(), "main")
                    .strip(), first.registryCommit());
            assertEquals(promotion.commitId(), first.registryCommit());
            assertEquals(first.registryCommit() + ":models/churn/0.0.1/card.yaml", git.run("grep", "-l",
                    "^stage: \"production\"$", first.registryCommit(), "--", "models/churn/*/card.yaml").strip());
            assertEquals(promotion.commitId() + " Alice Analyst\ncanary skipped: low risk", git.run("log", "-1", "-E",
                    "--grep=^Stage: production$", "--grep=^Model-Version: 0\\.0\\.1$", "--all-match",
                    "--format=%H %an%n%(trailers:key=Reason,valueonly)", first.registryCommit(), "--",
                    "models/churn/").strip());

            StageHolding between = single(registry.stageHolders(CHURN, PRODUCTION, hour(6).plusSeconds(1800)));
            assertEquals("0.0.1", between.card().version().toString());
            assertEquals(promotion, between.movedIn().orElseThrow());
            assertEquals(git.run("rev-parse", "main~1").strip(), between.registryCommit());

            StageHolding after = single(registry.stageHolders(CHURN, PRODUCTION, hour(100)));
            assertEquals("0.0.2", after.card().version().toString());
            assertEquals(Optional.of("beats 0.0.1 on AUC"), after.movedIn().orElseThrow().reason());
            assertEquals(hour(7), after.movedIn().orElseThrow().time());

            StageHolding deprecated = single(registry.stageHolders(CHURN, StageName.of("deprecated"), hour(8)));
            assertEquals("0.0.1", deprecated.card().version().toString());
            AuditEvent demotion = deprecated.movedIn().orElseThrow();
            assertEquals(Optional.of(PRODUCTION), demotion.from());
            assertEquals("Promote churn 0.0.2 to production", demotion.subject());

            List<StageHolding> development = registry.stageHolders(CHURN, StageName.of("development"), hour(2));
            assertEquals(List.of("0.0.1", "0.0.2"),
                    development.stream().map(h -> h.card().version().toString()).toList());
            assertEquals(Optional.of(RegistryAction.REGISTER), development.get(1).movedIn().orElseThrow().action());
        }
    }

    private static StageHolding single(List<StageHolding> holders) {
        assertEquals(1, holders.size(), holders::toString);
        return holders.get(0);
    }

    @Test
    void aStageChangedByHandHasNoRecordedMove() throws IOException {
        at(1, r -> r.register(Samples.request("fraud", "f").build()));
        HandClone clone = new HandClone();
        clone.edit("models/fraud/0.0.1/card.yaml", "stage: \"development\"", "stage: \"staging\"");
        clone.commit(2, "Put fraud 0.0.1 in staging");
        clone.push();
        try (ModelRegistry registry = open()) {
            StageHolding holding = single(registry.stageHolders(ModelName.of("fraud"), StageName.of("staging"), hour(3)));
            assertEquals(Optional.empty(), holding.movedIn());
            assertEquals(List.of("T2 edit fraud@0.0.1", "T1 register fraud@0.0.1 -> development"),
                    describe(registry.history(HistoryQuery.forVersion(VersionId.parse("fraud@0.0.1")))));
            assertEquals(BOB, registry.history(HistoryQuery.forRegistry()).get(0).actor());
        }
    }

    @Test
    void anUnknownStageOrModelIsAUsageError() {
        twoPromotions();
        try (ModelRegistry registry = open()) {
            IllegalTransitionException stage = assertThrows(IllegalTransitionException.class,
                    () -> registry.stageHolders(CHURN, StageName.of("qa"), hour(5)));
            assertEquals(Input.STAGE, stage.input());
            assertEquals("Unknown stage \"qa\"; the stages are: development, staging, canary, production, deprecated,"
                    + " archived.", stage.getMessage());
            NotFoundException model = assertThrows(NotFoundException.class,
                    () -> registry.stageHolders(ModelName.of("chrun"), PRODUCTION, hour(5)));
            assertEquals(Input.NAME, model.input());
            assertEquals("No model named \"chrun\" in the registry, now or at 2026-03-01T05:00:00Z; list the models"
                    + " to see their names.", model.getMessage());
        }
    }
}
