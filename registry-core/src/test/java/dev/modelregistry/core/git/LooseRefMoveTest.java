package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

/**
 * Moves of a branch through a lock file made ahead, in a repository made and read by the real
 * {@code git}: what moves, what is refused and what is left to JGit, and that no lock is left.
 */
class LooseRefMoveTest {

    @TempDir
    Path dir;

    private Path gitDir;
    private GitCli git;
    private ObjectId first;
    private ObjectId second;
    private AheadFiles files;
    private AheadFiles.Reserved reserved;

    @BeforeEach
    void twoCommits() {
        gitDir = dir.resolve("registry.git");
        new GitCli(dir).run("init", "--bare", "-q", "-b", "main", gitDir.toString());
        git = new GitCli(gitDir);
        String tree = git.run("mktree").strip();
        first = ObjectId.fromString(git.run("commit-tree", tree, "-m", "first").strip());
        second = ObjectId.fromString(git.run("commit-tree", tree, "-p", first.name(), "-m", "second").strip());
        git.run("update-ref", "refs/heads/main", first.name());
        files = new AheadFiles(gitDir.resolve("model-registry"), BranchWriter.BRANCH_FILE_PREFIX, false, 1);
        reserved = files.reserve();
    }

    @AfterEach
    void release() {
        reserved.release();
        files.close();
    }

    private LooseRefMove.Result move(ObjectId expected, ObjectId next) throws IOException {
        return new LooseRefMove(gitDir, "refs/heads/main").move(expected, next, reserved, false);
    }

    private String main() {
        return git.run("rev-parse", "refs/heads/main").strip();
    }

    private Path lock() {
        return gitDir.resolve("refs/heads/main.lock");
    }

    @Test
    void movesTheBranchAsGitWouldAndLeavesNoLockNorExtraName() throws IOException {
        assertEquals(LooseRefMove.Result.MOVED, move(first, second));
        assertEquals(second.name(), main());
        assertFalse(Files.exists(lock()));
        Path ref = gitDir.resolve("refs/heads/main");
        assertEquals(second.name() + "\n", Files.readString(ref));
        assertTrue(Files.getPosixFilePermissions(ref).contains(PosixFilePermission.OWNER_WRITE), "a ref file as Git makes it");
        reserved.release();
        files.close();
        assertEquals(List.of(), branchFilesLeft(), "its first name went with the write");
        git.run("fsck", "--strict");
    }

    private List<Path> branchFilesLeft() throws IOException {
        try (Stream<Path> names = Files.list(gitDir.resolve("model-registry"))) {
            return names.filter(name -> name.getFileName().toString().startsWith(BranchWriter.BRANCH_FILE_PREFIX))
                    .toList();
        }
    }

    @Test
    void aBranchThatMovedMeanwhileIsARaceAndStaysWhereItIs() throws IOException {
        git.run("update-ref", "refs/heads/main", second.name());
        assertEquals(LooseRefMove.Result.RACED, move(first, second));
        assertEquals(second.name(), main());
        assertFalse(Files.exists(lock()));
    }

    @Test
    void aLockHeldByAnotherProcessIsLeftAloneAndTheBranchStays() throws IOException {
        Files.writeString(lock(), "held by git\n");
        assertEquals(LooseRefMove.Result.LOCKED, move(first, second));
        assertEquals("held by git\n", Files.readString(lock()));
        assertEquals(first.name(), main());
        assertEquals(List.of(), branchFilesLeft(), "the file filled for the move is gone");
    }

    @Test
    void aDirectoryThatTakesNoFileLeavesTheMoveToJGit() throws IOException {
        AheadFiles nowhere = new AheadFiles(gitDir.resolve("config").resolve("model-registry"),
                BranchWriter.BRANCH_FILE_PREFIX, false, 1);
        AheadFiles.Reserved none = nowhere.reserve();
        assertEquals(LooseRefMove.Result.FOR_JGIT,
                new LooseRefMove(gitDir, "refs/heads/main").move(first, second, none, false));
        none.release();
        nowhere.close();
        assertEquals(first.name(), main());
        assertFalse(Files.exists(lock()));
    }

    @Test
    void theLockLooksAsYoungAsItsFillSoALiveLockIsNeverStale() throws IOException {
        AheadFiles.AheadFile old = reserved.take();
        Files.setLastModifiedTime(old.path(), java.nio.file.attribute.FileTime.from(
                Instant.now().minus(Duration.ofHours(2))));
        Files.createLink(lock(), old.path());
        try {
            assertTrue(new StaleLocks(gitDir, "refs/heads/main", Duration.ofSeconds(10), event -> { })
                    .recover(), "an unfilled file made long ago would look stale: hence the fill before the link");
        } finally {
            old.discard();
        }
        assertEquals(LooseRefMove.Result.MOVED, move(first, second));
        Instant linked = Files.getLastModifiedTime(gitDir.resolve("refs/heads/main")).toInstant();
        assertTrue(Duration.between(linked, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0, linked.toString());
    }

    @Test
    void aBranchWithAReflogOrOnlyInPackedRefsIsLeftToJGit() throws IOException {
        Path reflog = gitDir.resolve("logs/refs/heads/main");
        Files.createDirectories(reflog.getParent());
        Files.writeString(reflog, "");
        assertEquals(LooseRefMove.Result.FOR_JGIT, move(first, second));
        Files.delete(reflog);
        git.run("pack-refs", "--all");
        assertEquals(LooseRefMove.Result.FOR_JGIT, move(first, second));
        assertFalse(Files.exists(lock()));
        assertFalse(Files.exists(gitDir.resolve("refs/heads/main")), "no loose ref was made");
        assertEquals(first.name(), main());
    }

    @Test
    void aSymbolicBranchIsLeftToJGit() throws IOException {
        git.run("update-ref", "refs/heads/other", first.name());
        git.run("symbolic-ref", "refs/heads/main", "refs/heads/other");
        assertEquals(LooseRefMove.Result.FOR_JGIT, move(first, second));
        assertTrue(Files.readString(gitDir.resolve("refs/heads/main")).startsWith("ref: "));
        assertFalse(Files.exists(lock()));
    }
}
