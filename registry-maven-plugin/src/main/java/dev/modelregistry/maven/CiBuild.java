package dev.modelregistry.maven;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CI build that runs this Maven build, found from the environment variables CI systems set:
 * GitHub Actions, GitLab CI and Jenkins. Its id makes registration idempotent: a rerun of the same
 * build with the same artifact gets the version registered the first time.
 *
 * @param id unique per build (and per attempt where the CI has attempts), such as {@code github:ml/churn:8812:1}
 * @param url a link to the build, empty when the CI gives none
 */
public record CiBuild(String id, String url) {

    /** Refuses nulls. */
    public CiBuild {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
    }

    /**
     * The build described by {@code env}, or empty outside a recognised CI:
     * <ul>
     *   <li>GitHub Actions ({@code GITHUB_RUN_ID}): id {@code github:<GITHUB_REPOSITORY>:<GITHUB_RUN_ID>:<GITHUB_RUN_ATTEMPT>},
     *       url {@code <GITHUB_SERVER_URL>/<GITHUB_REPOSITORY>/actions/runs/<GITHUB_RUN_ID>};</li>
     *   <li>GitLab CI ({@code CI_JOB_ID}): id {@code gitlab:<CI_PROJECT_PATH>:<CI_JOB_ID>}
     *       (without the path when it is not set), url {@code CI_JOB_URL};</li>
     *   <li>Jenkins ({@code BUILD_TAG} or {@code BUILD_URL}): id {@code jenkins:<BUILD_TAG>}, url {@code BUILD_URL}.</li>
     * </ul>
     */
    public static Optional<CiBuild> detect(Map<String, String> env) {
        String githubRun = env.getOrDefault("GITHUB_RUN_ID", "");
        if (!githubRun.isEmpty()) {
            String repository = env.getOrDefault("GITHUB_REPOSITORY", "");
            String server = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
            return Optional.of(new CiBuild("github:" + repository + ":" + githubRun + ":"
                    + env.getOrDefault("GITHUB_RUN_ATTEMPT", "1"),
                    repository.isEmpty() ? "" : server + "/" + repository + "/actions/runs/" + githubRun));
        }
        String gitlabJob = env.getOrDefault("CI_JOB_ID", "");
        if (!gitlabJob.isEmpty()) {
            String project = env.getOrDefault("CI_PROJECT_PATH", "");
            return Optional.of(new CiBuild("gitlab:" + (project.isEmpty() ? "" : project + ":") + gitlabJob,
                    env.getOrDefault("CI_JOB_URL", "")));
        }
        String jenkinsTag = env.getOrDefault("BUILD_TAG", "");
        String jenkinsUrl = env.getOrDefault("BUILD_URL", "");
        if (!jenkinsTag.isEmpty() || !jenkinsUrl.isEmpty()) {
            return Optional.of(new CiBuild(jenkinsTag.isEmpty() ? "" : "jenkins:" + jenkinsTag, jenkinsUrl));
        }
        return Optional.empty();
    }
}
