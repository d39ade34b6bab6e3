package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.ReviewRequest;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.ReviewMode;
import dev.modelregistry.core.testing.BareRemote;
import dev.modelregistry.core.testing.GitDaemon;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.testing.WorkTreeClone;

/** Review mode: changes proposed on their own branch of the remote, landing only when a pull request is merged. */
class ReviewModeTest {

    private static final String REVIEW_BRANCH = "registry/promote/churn/0.0.1-production";
    private static final Instant TEN = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-22T11:00:00Z");

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    private static TransitionRequest move(String reference, String stage) {
        return new TransitionRequest(ModelReference.parse(reference), StageName.of(stage), "");
    }

    private ModelRegistry open(String url, RegistryOptions options) {
        return ModelRegistry.open(RegistryLocation.parse(url), options);
    }

    @Test
    void aPromotionIntoAReviewedStageWaitsOnItsBranchUntilAPullRequestMergesItAndHistoryNamesTheMerger() {
        Path served = dir.resolve("served");
        BareRemote remote = BareRemote.create(served.resolve("registry.git"));
        RegistryOptions atTen = registries.cachedIn(dir.resolve("cache")).withClock(Clock.fixed(TEN, ZoneOffset.UTC));
        try (GitDaemon daemon = GitDaemon.serve(served); ModelRegistry alice = open(daemon.url("registry.git"), atTen)) {
            alice.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            alice.transition(move("churn@0.0.1", "staging"));
            String before = remote.head();
            TransitionResult proposed = alice.transition(move("churn@0.0.1", "production"));
            assertEquals(Optional.empty(), proposed.commitId(), "nothing landed on main");
            assertEquals("production", proposed.card().stage().value(), "the card as the change proposes it");
            ReviewRequest review = registries.events.stream()
                    .filter(RegistryEvent.ReviewRequested.class::isInstance)
                    .map(event -> ((RegistryEvent.ReviewRequested) event).request())
                    .findFirst().orElseThrow();
            assertEquals(REVIEW_BRANCH, review.branch());
            assertEquals("main", review.targetBranch());
            assertEquals(daemon.url("registry.git"), review.remote());
            assertEquals("Promote churn 0.0.1 to production", review.subject());
            assertEquals(Optional.empty(), review.pullRequestUrl(), "a plain git server has no pull request page");
            assertEquals(before, remote.head());
            assertEquals(review.commitId(), remote.git().run("rev-parse", REVIEW_BRANCH).strip());
            assertEquals(before, remote.git().run("rev-parse", REVIEW_BRANCH + "^").strip(), "built on the head");
            assertEquals("staging", alice.get(ModelReference.parse("churn@0.0.1")).stage().value());

            String merge = WorkTreeClone.of(served.resolve("registry.git"), dir.resolve("rita"))
                    .mergeAndPush(REVIEW_BRANCH, "Rita Reviewer", "rita@example.com", ELEVEN);
            assertEquals("0.0.1", alice.get(ModelReference.parse("churn@production")).version().toString());

            Approval approval = new Approval("Rita Reviewer <rita@example.com>", ELEVEN, merge);
            List<AuditEvent> history = alice.history(HistoryQuery.forModel(ModelName.of("churn")));
            assertEquals(List.of("Promote churn 0.0.1 to production " + Optional.of(approval),
                    "Promote churn 0.0.1 to staging Optional.empty", "Register churn 0.0.1 Optional.empty"),
                    history.stream().map(event -> event.subject() + " " + event.approval()).toList());
            assertEquals(review.commitId(), history.get(0).commitId());
            assertEquals("Alice Analyst <alice@example.com>", history.get(0).actor(), "who proposed it");
            assertEquals(List.of(), alice.stageHolders(ModelName.of("churn"), StageName.of("production"),
                    ELEVEN.minusSeconds(1)), "not in production before the merge");
            List<StageHolding> holders = alice.stageHolders(ModelName.of("churn"), StageName.of("production"), ELEVEN);
            assertEquals(1, holders.size());
            assertEquals(Optional.of(approval), holders.get(0).movedIn().orElseThrow().approval());
        }
        remote.git().run("fsck", "--full", "--strict");
    }

    @Test
    void proposeSendsAnyWriteToReviewAndASecondProposalOfTheSameChangeIsAConflict() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        RegistryOptions options = registries.cachedIn(dir.resolve("cache")).withClock(Clock.fixed(TEN, ZoneOffset.UTC));
        try (ModelRegistry registry = open(remote.fileUrl(), options)) {
            registry.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            String before = remote.head();
            SetAliasRequest champion = new SetAliasRequest(ModelName.of("churn"), AliasName.of("champion"),
                    ModelReference.parse("churn@0.0.1"), "best AUC");
            List<ReviewRequest> requests = registry.propose(r -> r.setAlias(champion));
            assertEquals(List.of("registry/set-alias/churn/champion-0.0.1"),
                    requests.stream().map(ReviewRequest::branch).toList());
            assertEquals(before, remote.head());
            assertEquals(requests, registry.propose(r -> r.setAlias(champion)), "the same commit is proposed already");
            SetAliasRequest otherReason = new SetAliasRequest(ModelName.of("churn"), AliasName.of("champion"),
                    ModelReference.parse("churn@0.0.1"), "best recall");
            ConflictException again = assertThrows(ConflictException.class,
                    () -> registry.propose(r -> r.setAlias(otherReason)));
            assertEquals(Input.REGISTRY, again.input());
            assertEquals("A review of this change is open already: the branch registry/set-alias/churn/champion-0.0.1"
                    + " exists on " + remote.fileUrl() + ". Merge or close its pull request and delete the branch,"
                    + " then try again.", again.getMessage());
            assertEquals(List.of(), registry.propose(ModelRegistry::listModels), "reads propose nothing");
            assertTrue(registry.model(ModelName.of("churn")).aliases().isEmpty(), "the registry waits for the merge");
        }
    }

    @Test
    void reviewCanBeAlwaysOrNeverAndALocalRegistryIgnoresIt() {
        BareRemote remote = BareRemote.create(dir.resolve("remote.git"));
        RegistryOptions always = registries.cachedIn(dir.resolve("cache")).withReview(ReviewMode.ALWAYS);
        try (ModelRegistry registry = open(remote.fileUrl(), always)) {
            RegistrationResult proposed = registry.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            assertEquals(Optional.empty(), proposed.commitId());
            assertEquals("", remote.head(), "main does not exist until the merge");
            assertTrue(remote.git().run("rev-parse", "registry/register/churn/0.0.1").strip().matches("[0-9a-f]{40}"));
        }
        RegistryOptions never = registries.cachedIn(dir.resolve("cache")).withReview(ReviewMode.NEVER);
        try (ModelRegistry registry = open(remote.fileUrl(), never)) {
            registry.register(Samples.request("churn", "1").bump(Bump.PATCH).build());
            registry.transition(move("churn@0.0.1", "staging"));
            TransitionResult direct = registry.transition(move("churn@0.0.1", "production"));
            assertEquals(remote.head(), direct.commitId().orElseThrow());
        }
        try (ModelRegistry local = ModelRegistry.openOrInit(dir.resolve("local"),
                registries.options().withReview(ReviewMode.ALWAYS))) {
            assertTrue(local.register(Samples.request("churn", "1").build()).commitId().isPresent());
            RegistryUsageException refused = assertThrows(RegistryUsageException.class,
                    () -> local.propose(r -> r.register(Samples.request("churn", "2").build())));
            assertEquals(Input.REGISTRY, refused.input());
            assertTrue(refused.getMessage().contains("review needs a remote registry"), refused.getMessage());
        }
    }
}
