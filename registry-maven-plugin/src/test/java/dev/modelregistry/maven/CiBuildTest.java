package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CiBuildTest {

    @Test
    void githubActionsRunAndAttempt() {
        Map<String, String> env = Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "ml/churn",
                "GITHUB_RUN_ID", "8812", "GITHUB_RUN_ATTEMPT", "2", "CI", "true");

        assertEquals(Optional.of(new CiBuild("github:ml/churn:8812:2", "https://github.com/ml/churn/actions/runs/8812")),
                CiBuild.detect(env));
    }

    @Test
    void gitlabJob() {
        Map<String, String> env = Map.of("CI_JOB_ID", "4411", "CI_PROJECT_PATH", "ml/churn",
                "CI_JOB_URL", "https://gitlab.example.com/ml/churn/-/jobs/4411");

        assertEquals(Optional.of(new CiBuild("gitlab:ml/churn:4411", "https://gitlab.example.com/ml/churn/-/jobs/4411")),
                CiBuild.detect(env));
        assertEquals("gitlab:4411", CiBuild.detect(Map.of("CI_JOB_ID", "4411")).orElseThrow().id());
    }

    @Test
    void jenkinsBuild() {
        Map<String, String> env = Map.of("BUILD_TAG", "jenkins-churn-train-57",
                "BUILD_URL", "https://ci.example.com/job/churn-train/57/");

        assertEquals(Optional.of(new CiBuild("jenkins:jenkins-churn-train-57", "https://ci.example.com/job/churn-train/57/")),
                CiBuild.detect(env));
    }

    @Test
    void noCiMeansNoBuild() {
        assertEquals(Optional.empty(), CiBuild.detect(Map.of("CI", "true", "HOME", "/home/alice")));
    }
}
