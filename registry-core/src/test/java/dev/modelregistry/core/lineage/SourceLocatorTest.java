package dev.modelregistry.core.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

class SourceLocatorTest {

    @TempDir
    Path dir;

    private GitCli initRepository() {
        GitCli git = new GitCli(dir.resolve(".git"));
        git.run("init", "-q");
        return git;
    }

    private static String commit(GitCli git) {
        git.run("-c", "user.name=Trainer", "-c", "user.email=trainer@example.com", "commit", "-q", "--allow-empty",
                "-m", "train");
        return git.run("rev-parse", "HEAD").strip();
    }

    @Test
    void readsHeadAndOriginFromASubdirectory() throws IOException {
        GitCli git = initRepository();
        git.run("remote", "add", "origin", "git@git.example.com:ml/churn.git");
        String head = commit(git);
        Path module = Files.createDirectories(dir.resolve("training/churn"));

        assertEquals(new SourceLocation("git@git.example.com:ml/churn.git", head), SourceLocator.locate(module));
    }

    @Test
    void leavesTokensOutOfHttpsRemotes() {
        GitCli git = initRepository();
        git.run("remote", "add", "origin", "https://gitlab-ci-token:s3cr3t@git.example.com/ml/churn.git");
        String head = commit(git);

        SourceLocation location = SourceLocator.locate(dir);

        assertEquals("https://git.example.com/ml/churn.git", location.repository());
        assertEquals(head, location.commit());
    }

    @Test
    void keepsTheSshUserButNeverAPassword() {
        assertEquals("ssh://git@git.example.com/ml/churn.git",
                SourceLocator.withoutCredentials("ssh://git:pw@git.example.com/ml/churn.git"));
        assertEquals("https://git.example.com/ml/churn.git",
                SourceLocator.withoutCredentials("https://x-access-token@git.example.com/ml/churn.git"));
        assertEquals("/srv/git/churn.git", SourceLocator.withoutCredentials("/srv/git/churn.git"));
    }

    @Test
    void repositoryWithoutCommitsOrRemoteGivesEmptyValues() {
        initRepository();

        assertEquals(SourceLocation.NONE, SourceLocator.locate(dir));
    }

    @Test
    void directoryOutsideAnyRepositoryGivesNone() {
        assertEquals(SourceLocation.NONE, SourceLocator.locate(dir));
    }
}
