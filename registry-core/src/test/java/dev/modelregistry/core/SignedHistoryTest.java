package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.check.CheckReport;
import dev.modelregistry.core.check.Problem;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.signing.SignatureRequirement;
import dev.modelregistry.core.signing.UnsignedChangeException;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.HandEditor;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.SigningKeys;
import dev.modelregistry.core.testing.SigningKeys.SigningKey;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * Signed history (issue 8, item 12): registry commits are signed with SSH keys when the
 * repository's Git configuration asks, and the real {@code git verify-commit} accepts them; a
 * check or a read that requires signatures refuses unsigned commits, signatures by unknown keys,
 * and a production card changed by a later unsigned commit.
 */
class SignedHistoryTest {

    private static final String CARD = "models/churn/0.0.1/card.yaml";

    @TempDir
    Path temp;

    private final TestRegistries registries = new TestRegistries();
    private Path registryPath;
    private GitCli git;
    private SigningKey alice;
    private SigningKey mallory;
    private SignatureRequirement requirement;

    @BeforeEach
    void signingRegistry() {
        alice = SigningKeys.generate(temp, "alice", "alice@example.com");
        mallory = SigningKeys.generate(temp, "mallory", "mallory@example.com");
        requirement = SignatureRequirement.allowedSigners(SigningKeys.allowedSigners(temp.resolve("allowed_signers"),
                alice));
        registryPath = temp.resolve("registry");
        git = GitCli.in(temp);
        git.run("init", "-q", "--bare", "-b", "main", registryPath.toString());
        git = new GitCli(registryPath);
        git.run("config", "commit.gpgSign", "true");
        git.run("config", "gpg.format", "ssh");
        git.run("config", "user.signingKey", alice.privateKey().toString());
    }

    @Test
    void registryCommitsAreSignedSoThatGitVerifiesThem() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
            registry.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"), StageName.of("staging"),
                    "offline evaluation passed"));
        }
        String allowed = "gpg.ssh.allowedSignersFile=" + requirement.allowedSigners();
        for (String commit : List.of("main", "main~1")) {
            GitCli.Result verified = git.tryRun("-c", allowed, "verify-commit", "-v", commit);
            assertEquals(0, verified.exitCode(), verified.stderr());
            assertTrue(verified.stderr().contains("Good \"git\" signature for alice@example.com"), verified.stderr());
        }
        assertTrue(git.run("-c", allowed, "log", "--show-signature", "-1", "main")
                .contains("Good \"git\" signature for alice@example.com"));
        git.run("fsck", "--full", "--strict");
    }

    @Test
    void fullySignedHistoryPassesTheCheckAndTheSignedRead() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
            promoteToProduction(registry);

            CheckReport report = registry.checkSignatures("main", requirement);

            assertTrue(report.isClean(), () -> String.join("\n", report.lines()));
            assertEquals("0.0.1", registry.get(ModelReference.parse("churn@production"), requirement).version()
                    .toString());
        }
    }

    @Test
    void anUnsignedCommitIsRefusedByTheCheck() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
        }
        HandEditor editor = HandEditor.clone(registryPath, temp.resolve("work"));
        describeByHand(editor, "development", "edited by hand").commitAndPush("Describe churn 0.0.1 by hand");
        String unsigned = git.run("rev-parse", "main").strip();

        try (ModelRegistry registry = registries.open(registryPath)) {
            CheckReport report = registry.checkSignatures("main", requirement);

            assertEquals(List.of("unsigned-commit"), report.problems().stream().map(Problem::rule).toList(),
                    () -> String.join("\n", report.lines()));
            Problem problem = report.problems().get(0);
            assertEquals(CARD, problem.path());
            assertTrue(problem.message().contains(unsigned.substring(0, 12))
                    && problem.message().contains("Describe churn 0.0.1 by hand")
                    && problem.message().contains("it is not signed"), problem.message());
            assertTrue(problem.fix().contains("user.signingKey"), problem.fix());
        }
    }

    @Test
    void aSignatureByAnUnknownKeyIsRefusedByTheCheckAndTheRead() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
        }
        Path work = temp.resolve("work");
        HandEditor editor = HandEditor.clone(registryPath, work);
        describeByHand(editor, "development", "signed by mallory");
        GitCli inWork = new GitCli(work.resolve(".git")).withEnvironment("GIT_WORK_TREE", work.toString());
        inWork.run("add", "-A");
        inWork.run("-c", "user.name=Mallory", "-c", "user.email=mallory@example.com", "-c", "gpg.format=ssh", "-c",
                "user.signingKey=" + mallory.privateKey(), "commit", "-q", "-S", "-m", "Describe churn 0.0.1");
        inWork.run("push", "-q", "origin", "HEAD:main");

        try (ModelRegistry registry = registries.open(registryPath)) {
            CheckReport report = registry.checkSignatures("main", requirement);
            assertEquals(List.of("unknown-signer"), report.problems().stream().map(Problem::rule).toList(),
                    () -> String.join("\n", report.lines()));
            assertTrue(report.problems().get(0).message().contains("not by an allowed signer"),
                    report.problems().get(0).message());

            UnsignedChangeException refused = assertThrows(UnsignedChangeException.class,
                    () -> registry.get(ModelReference.parse("churn@0.0.1"), requirement));
            assertEquals(CARD, refused.path());
            assertEquals(git.run("rev-parse", "main").strip(), refused.commit());
        }
    }

    @Test
    void aProductionCardChangedByALaterUnsignedCommitIsRefused() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
            registry.register(Samples.request("churn", "b").build());
            promoteToProduction(registry);
        }
        HandEditor editor = HandEditor.clone(registryPath, temp.resolve("work"));
        describeByHand(editor, "production", "quietly changed").commitAndPush("Touch up churn 0.0.1");
        String unsigned = git.run("rev-parse", "main").strip();

        try (ModelRegistry registry = registries.open(registryPath)) {
            List<String> rules = registry.checkSignatures("main", requirement).problems().stream()
                    .filter(p -> p.path().equals(CARD)).map(Problem::rule).sorted().toList();
            assertEquals(List.of("unsigned-card", "unsigned-commit"), rules);

            UnsignedChangeException refused = assertThrows(UnsignedChangeException.class,
                    () -> registry.get(ModelReference.parse("churn@production"), requirement));
            assertEquals(unsigned, refused.commit());
            assertEquals(CARD, refused.path());
            assertTrue(refused.getMessage().startsWith("Refusing churn@production (churn@0.0.1): commit "
                    + unsigned.substring(0, 12) + " (\"Touch up churn 0.0.1\") changed " + CARD
                    + ", and it is not signed."), refused.getMessage());
            assertThrows(UnsignedChangeException.class, () -> registry.fetch(ModelReference.parse("churn@production"),
                    temp.resolve("model.bin"), requirement));
            assertTrue(!temp.resolve("model.bin").toFile().exists(), "nothing is fetched");

            assertEquals("0.0.2", registry.get(ModelReference.parse("churn@0.0.2"), requirement).version().toString(),
                    "a version whose files only signed commits changed is still read");
            assertEquals("quietly changed", registry.get(ModelReference.parse("churn@production")).description(),
                    "without the requirement the card is read as before");
        }
    }

    @Test
    void aPullRequestCheckCoversItsCommitsAndTheHistoryOfProtectedCards() {
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "a").build());
            promoteToProduction(registry);
        }
        HandEditor editor = HandEditor.clone(registryPath, temp.resolve("work"));
        describeByHand(editor, "production", "unsigned before the pull request")
                .commitAndPush("Touch up churn 0.0.1");
        git.run("branch", "base", "main");
        try (ModelRegistry registry = registries.open(registryPath)) {
            registry.register(Samples.request("churn", "b").build());

            CheckReport report = registry.checkSignatures("base", "main", requirement);

            assertEquals(List.of("unsigned-card"), report.problems().stream().map(Problem::rule).toList(),
                    () -> String.join("\n", report.lines()));
        }
    }

    @Test
    void signingThatCannotBeDoneIsRefusedAndNothingIsWritten() {
        git.run("config", "user.signingKey", temp.resolve("no-such-key").toString());
        try (ModelRegistry registry = registries.open(registryPath)) {
            RegistryUsageException refused = assertThrows(RegistryUsageException.class,
                    () -> registry.register(Samples.request("churn", "a").build()));
            assertEquals(Input.REGISTRY, refused.input());
            assertTrue(refused.getMessage().contains("Cannot sign the commit")
                    && refused.getMessage().contains("Nothing was written"), refused.getMessage());
        }
        assertEquals(1, git.tryRun("rev-parse", "--verify", "-q", "main").exitCode(), "the branch was not created");
    }

    /** Adds a description to the card in the editor's work tree, as a person would; the card is in {@code stage}. */
    private static HandEditor describeByHand(HandEditor editor, String stage, String description) {
        String stageLine = "stage: \"" + stage + "\"";
        return editor.write(CARD, editor.read(CARD).replace(stageLine, stageLine + "\ndescription: \"" + description
                + "\""));
    }

    private static void promoteToProduction(ModelRegistry registry) {
        registry.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"), StageName.of("staging"), ""));
        registry.transition(new TransitionRequest(ModelReference.parse("churn@0.0.1"), StageName.of("production"),
                "beats the baseline"));
    }
}
