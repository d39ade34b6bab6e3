package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

/**
 * The head of a local registry as read from its loose ref file, against what Git itself says the
 * branch is, and what a read of the registry sees when the ref is not a plain loose file.
 */
class LooseBranchRefTest {

    @TempDir
    Path dir;

    private Path registry;
    private GitCli git;

    @BeforeEach
    void twoCommits() {
        registry = dir.resolve("registry");
        try (RegistryRepository repo = open()) {
            for (String file : new String[] {"a.yaml", "b.yaml"}) {
                repo.write("put " + file, new Actor("Alice Analyst", "alice@example.com"), head -> WritePlan.commit(
                        file, new TreeEdits().put(file, "x: 1\n".getBytes(StandardCharsets.UTF_8)),
                        CommitMessage.builder("Put " + file).trailer(RegistryTrailers.REGISTRY_ACTION, "register").build()));
            }
        }
        git = new GitCli(registry);
    }

    private RegistryRepository open() {
        return RegistryRepository.openOrInit(registry, "main", RetryPolicy.DEFAULT, Clock.systemUTC(), event -> { });
    }

    private Optional<String> loose() {
        return new LooseBranchRef(registry, "refs/heads/main").read();
    }

    /** The commit a read of the registry sees as the head. */
    private String headSeenByARead() {
        try (RegistryRepository repo = open()) {
            String read = repo.read(snapshot -> snapshot.commitId().map(ObjectId::name).orElse("none"));
            assertEquals(Optional.of(read), repo.headName(), "the head a history starts from");
            return read;
        }
    }

    private String gitHead(String branch) {
        return git.run("rev-parse", "--verify", "refs/heads/" + branch).strip();
    }

    @Test
    void aLooseRefReadsAsTheCommitGitHasOnTheBranch() {
        assertEquals(Optional.of(gitHead("main")), loose());
        git.run("update-ref", "refs/heads/main", "main~1");
        assertEquals(Optional.of(gitHead("main")), loose());
        assertEquals(gitHead("main"), headSeenByARead());
    }

    @Test
    void aPackedRefIsLeftToJGitAndALaterLooseOneOverridesIt() {
        git.run("pack-refs", "--all");
        assertFalse(Files.exists(registry.resolve("refs/heads/main")));
        assertEquals(Optional.empty(), loose());
        assertEquals(gitHead("main"), headSeenByARead());

        git.run("update-ref", "refs/heads/main", "main~1");
        assertEquals(Optional.of(gitHead("main")), loose());
        assertEquals(gitHead("main"), headSeenByARead());
    }

    @Test
    void aSymbolicRefIsLeftToJGit() {
        git.run("branch", "other", "main~1");
        git.run("symbolic-ref", "refs/heads/main", "refs/heads/other");
        assertEquals(Optional.empty(), loose());
        assertEquals(gitHead("other"), headSeenByARead());
    }

    @Test
    void aFileThatIsNotOneLowerCaseIdAndANewlineIsLeftToJGit() throws IOException {
        Path ref = registry.resolve("refs/heads/main");
        String id = gitHead("main");
        for (String content : new String[] {id, id + "\r\n", id.toUpperCase() + "\n", id + "\n\n", "", id + " \n"}) {
            Files.writeString(ref, content);
            assertEquals(Optional.empty(), loose(), "\"" + content + "\"");
        }
        Files.writeString(ref, id + "\n");
        assertEquals(Optional.of(id), loose());
    }

    @Test
    void aRepositoryWithAReftableIsLeftToJGit() throws IOException {
        Path reftable = registry.resolve("reftable");
        Files.createDirectories(reftable);
        assertEquals(Optional.empty(), loose());
        Files.delete(reftable);
        assertEquals(Optional.of(gitHead("main")), loose());
    }
}
