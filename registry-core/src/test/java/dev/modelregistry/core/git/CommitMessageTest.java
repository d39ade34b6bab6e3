package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

class CommitMessageTest {

    @TempDir
    Path dir;

    @Test
    void trailersOfAHandMadeCommitKeepOnlyWellFormedTrailers() throws IOException {
        GitCli git = new GitCli(dir).withEnvironment("GIT_CONFIG_GLOBAL", "/dev/null")
                .withEnvironment("GIT_AUTHOR_NAME", "Bob Builder").withEnvironment("GIT_AUTHOR_EMAIL", "bob@example.com")
                .withEnvironment("GIT_COMMITTER_NAME", "Bob Builder")
                .withEnvironment("GIT_COMMITTER_EMAIL", "bob@example.com");
        git.run("init", "-q", "--bare");
        String emptyTree = git.run("hash-object", "-t", "tree", "/dev/null").strip();
        String commit = git.run("commit-tree", emptyTree, "-m", """
                Describe churn 1.0.0

                Model: churn
                Co-authored-by: Carol Coder <carol@example.com>
                Reason: see\tthe notebook
                """).strip();
        try (Repository repository = new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
                RevWalk walk = new RevWalk(repository)) {
            assertEquals(List.of(new Trailer("Model", "churn")),
                    CommitMessage.trailersOf(walk.parseCommit(ObjectId.fromString(commit))));
        }
    }
}
