package dev.modelregistry.core.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.git.CommitMessage;

class ReviewBranchesTest {

    private static CommitMessage message(String... trailers) {
        CommitMessage.Builder builder = CommitMessage.builder("subject");
        for (int i = 0; i < trailers.length; i += 2) {
            builder.trailer(trailers[i], trailers[i + 1]);
        }
        return builder.build();
    }

    @Test
    void reviewBranchesAreNamedAfterTheChange() {
        assertEquals("registry/promote/churn/1.2.0-production", ReviewBranches.nameFor(message(
                "Registry-Action", "transition", "Model", "churn", "Model-Version", "1.2.0", "From-Stage", "staging",
                "Stage", "production", "Demoted", "churn@1.1.0", "Demoted-To", "deprecated")));
        assertEquals("registry/register/churn/1.3.0-rc.1+build.7", ReviewBranches.nameFor(message(
                "Registry-Action", "register", "Model", "churn", "Model-Version", "1.3.0-rc.1+build.7",
                "Stage", "development")));
        assertEquals("registry/set-alias/churn/champion-1.2.0", ReviewBranches.nameFor(message(
                "Registry-Action", "set-alias", "Model", "churn", "Model-Version", "1.2.0", "Alias", "champion")));
        assertEquals("registry/update-model/churn", ReviewBranches.nameFor(message(
                "Registry-Action", "update-model", "Model", "churn", "Changed", "description")));
        assertEquals("registry/cleanup/2-models", ReviewBranches.nameFor(message(
                "Registry-Action", "cleanup", "Model", "churn", "Model", "fraud", "Removed", "churn@0.1.0")));
    }

    @Test
    void pullRequestPagesAreOpenedOnTheKnownHostsFromHttpsAndSshUrls() {
        String branch = "registry/promote/churn/1.2.0+b1-production";
        assertEquals(Optional.of(URI.create("https://github.com/acme/registry/compare/main..."
                + "registry/promote/churn/1.2.0%2Bb1-production?expand=1")),
                PullRequestLinks.of(RemoteUrl.parse("git@github.com:acme/registry.git"), branch, "main"));
        assertEquals(PullRequestLinks.of(RemoteUrl.parse("git@github.com:acme/registry.git"), branch, "main"),
                PullRequestLinks.of(RemoteUrl.parse("https://token@github.com/acme/registry.git"), branch, "main"));
        assertEquals(Optional.of(URI.create("https://gitlab.example.com/ml/models/registry/-/merge_requests/new"
                + "?merge_request%5Bsource_branch%5D=registry/promote/churn/1.2.0%2Bb1-production"
                + "&merge_request%5Btarget_branch%5D=main")),
                PullRequestLinks.of(RemoteUrl.parse("ssh://git@gitlab.example.com:2222/ml/models/registry.git"),
                        branch, "main"));
        assertEquals(Optional.of(URI.create("https://bitbucket.org/acme/registry/pull-requests/new"
                + "?source=registry/promote/churn/1.2.0%2Bb1-production&dest=main")),
                PullRequestLinks.of(RemoteUrl.parse("https://bitbucket.org/acme/registry.git"), branch, "main"));
        assertEquals(Optional.of(URI.create("http://gitea.local:3000/ml/registry/compare/main..."
                + "registry/promote/churn/1.2.0%2Bb1-production")),
                PullRequestLinks.of(RemoteUrl.parse("http://gitea.local:3000/ml/registry.git"), branch, "main"));
        assertEquals(Optional.empty(),
                PullRequestLinks.of(RemoteUrl.parse("https://git.example.com/ml/registry.git"), branch, "main"));
    }
}
