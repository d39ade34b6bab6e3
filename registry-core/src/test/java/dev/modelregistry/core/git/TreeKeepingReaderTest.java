package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;

/**
 * A reader that keeps the trees it read: after a tree's loose file is gone from disk it still
 * gives that tree, exactly as it was stored, to path look-ups as well; blobs it does not keep, and
 * another reader keeps nothing.
 */
class TreeKeepingReaderTest {

    @TempDir
    Path dir;

    private Path gitDir;
    private Repository repository;
    private ObjectId blob;
    private ObjectId tree;

    @BeforeEach
    void repositoryWithOneTree() throws IOException {
        gitDir = dir.resolve("registry.git");
        new GitCli(dir).run("init", "--bare", "-q", gitDir.toString());
        repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            blob = inserter.insert(Constants.OBJ_BLOB, "name: churn\n".getBytes(StandardCharsets.UTF_8));
            TreeFormatter formatter = new TreeFormatter();
            formatter.append("card.yaml", FileMode.REGULAR_FILE, blob);
            tree = inserter.insert(formatter);
            inserter.flush();
        }
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private void deleteLooseFile(ObjectId id) throws IOException {
        Files.delete(gitDir.resolve("objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2)));
    }

    @Test
    void aTreeReadOnceIsGivenAgainAfterItsFileIsGone() throws IOException {
        byte[] asGitWroteIt;
        try (ObjectReader plain = repository.newObjectReader()) {
            asGitWroteIt = plain.open(tree).getBytes();
        }
        try (TreeKeepingReader reader = new TreeKeepingReader(repository.newObjectReader())) {
            assertArrayEquals(asGitWroteIt, reader.open(tree, Constants.OBJ_TREE).getCachedBytes());
            deleteLooseFile(tree);

            assertArrayEquals(asGitWroteIt, reader.open(tree, Constants.OBJ_TREE).getBytes());
            assertEquals(Constants.OBJ_TREE, reader.open(tree, Constants.OBJ_TREE).getType());
            try (TreeWalk walk = TreeWalk.forPath(reader, "card.yaml", tree)) {
                assertEquals(blob, walk.getObjectId(0));
            }
        }
    }

    @Test
    void blobsAreReadFromTheRepositoryEachTime() throws IOException {
        try (TreeKeepingReader reader = new TreeKeepingReader(repository.newObjectReader())) {
            reader.open(blob, Constants.OBJ_BLOB).getCachedBytes();
            deleteLooseFile(blob);

            assertThrows(MissingObjectException.class, () -> reader.open(blob, Constants.OBJ_BLOB));
        }
    }

    @Test
    void anotherReaderKeepsNothing() throws IOException {
        try (TreeKeepingReader reader = new TreeKeepingReader(repository.newObjectReader())) {
            reader.open(tree, Constants.OBJ_TREE);
        }
        deleteLooseFile(tree);

        try (TreeKeepingReader reader = new TreeKeepingReader(repository.newObjectReader())) {
            assertThrows(MissingObjectException.class, () -> reader.open(tree, Constants.OBJ_TREE));
        }
    }
}
