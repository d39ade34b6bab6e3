package dev.modelregistry.core.git;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A change proposed for review instead of landing on the registry branch: its one commit, on a
 * new branch of the remote that a pull request merges into the registry branch.
 *
 * @param remote the remote repository, shown without credentials
 * @param branch the review branch, such as {@code registry/promote/churn/1.2.0-production}
 * @param targetBranch the registry branch the pull request merges into
 * @param commitId the proposed commit, as 40 hex digits
 * @param subject the commit's subject, such as {@code Promote churn 1.2.0 to production}
 * @param pullRequestUrl the page that opens the pull request, for GitHub, GitLab, Bitbucket and
 *        Gitea remotes; empty for other hosts
 */
public record ReviewRequest(String remote, String branch, String targetBranch, String commitId, String subject,
        Optional<URI> pullRequestUrl) {

    /** Requires every component. */
    public ReviewRequest {
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(targetBranch, "targetBranch");
        Objects.requireNonNull(commitId, "commitId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(pullRequestUrl, "pullRequestUrl");
    }
}
