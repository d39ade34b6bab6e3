package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.testing.GitCli;

/**
 * Objects written through files created ahead, read back by JGit and by the real {@code git}:
 * their format, mode and compression, and what happens when an object is already there or its
 * file was removed while the write waited.
 */
class LooseObjectInserterTest {

    @TempDir
    Path dir;

    private Path gitDir;
    private Repository repository;
    private AheadFiles files;
    private final ObjectStorer storer = new ObjectStorer("test objects");

    @BeforeEach
    void bareRepository() throws IOException {
        gitDir = dir.resolve("registry.git");
        new GitCli(dir).run("init", "--bare", "-q", gitDir.toString());
        repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
        files = new AheadFiles(gitDir.resolve("objects"), BranchWriter.OBJECT_FILE_PREFIX, true, 6);
    }

    @AfterEach
    void close() {
        files.close();
        repository.close();
    }

    private ObjectId insert(int type, byte[] content) throws IOException {
        return inserting(files.reserve(), new BatchObjects(), inserter -> inserter.insert(type, content));
    }

    /** What one write's inserting does to the repository. */
    @FunctionalInterface
    private interface Inserting<T> {
        T into(ObjectInserter inserter) throws IOException;
    }

    /**
     * Runs {@code inserting} as one write of an attempt runs it: through the files {@code reserved}
     * ahead and the storer's thread, waiting for its objects to be in place, as the writer does
     * before the branch moves, and then giving the files back.
     */
    private <T> T inserting(AheadFiles.Reserved reserved, BatchObjects written, Inserting<T> inserting)
            throws IOException {
        ObjectStorer.Attempt stores = storer.attempt();
        try (ObjectInserter inserter = new LooseObjectInserter(repository, reserved, GitWriteSettings.of(repository),
                written, stores)) {
            T result = inserting.into(inserter);
            stores.awaitAll();
            return result;
        } finally {
            stores.awaitQuietly();
            reserved.release();
        }
    }

    private Path looseFile(ObjectId id) {
        return gitDir.resolve("objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theObjectsABatchPutInPlaceAreReadFromMemoryThroughItsReader() throws IOException {
        BatchObjects written = new BatchObjects();
        ObjectId blob = inserting(files.reserve(), written,
                inserter -> inserter.insert(Constants.OBJ_BLOB, utf8("kept: yes\n")));
        assertEquals("kept: yes\n", new GitCli(gitDir).run("cat-file", "-p", blob.name()), "it is on disk");
        Files.delete(looseFile(blob));
        try (ObjectReader stored = repository.newObjectReader()) {
            ObjectReader batch = written.over(stored);
            assertEquals("kept: yes\n", new String(batch.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8),
                    "read from memory, not from the file just deleted");
            assertEquals(10, batch.getObjectSize(blob, Constants.OBJ_BLOB));
            assertTrue(batch.has(blob));
            assertThrows(MissingObjectException.class, () -> batch.open(blob, Constants.OBJ_TREE),
                    "another type is looked up in the repository");
            assertThrows(MissingObjectException.class, () -> stored.open(blob), "the repository no longer has it");
        }
    }

    @Test
    void anObjectThatCannotGoInPlaceFailsTheAttemptWhenItsObjectsAreAwaited() throws IOException {
        byte[] content = utf8("x: 3\n");
        ObjectId id = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, content);
        Path fanOut = gitDir.resolve("objects").resolve(id.name().substring(0, 2));
        Files.writeString(fanOut, "a file where Git keeps a directory");
        IOException e = assertThrows(IOException.class, () -> inserting(files.reserve(), new BatchObjects(), inserter -> {
            assertEquals(id, inserter.insert(Constants.OBJ_BLOB, content), "the insert itself only hashes");
            return id;
        }));
        assertTrue(e.toString().contains(fanOut.toString()), e.toString());
        assertFalse(Files.exists(looseFile(id)));
    }

    @Test
    void aBlobTreeAndCommitReadBackThroughGitAndJGit() throws IOException {
        byte[] card = utf8("name: churn\nversion: 1.0.0\n");
        ObjectId blob = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, card);
        ObjectId commit = inserting(files.reserve(), new BatchObjects(), inserter -> {
            assertEquals(blob, inserter.insert(Constants.OBJ_BLOB, card));
            TreeFormatter tree = new TreeFormatter();
            tree.append("card.yaml", FileMode.REGULAR_FILE, blob);
            CommitBuilder builder = new CommitBuilder();
            builder.setTreeId(inserter.insert(tree));
            PersonIdent ident = new PersonIdent("Alice Analyst", "alice@example.com");
            builder.setAuthor(ident);
            builder.setCommitter(ident);
            builder.setMessage("Register churn 1.0.0\n");
            return inserter.insert(builder);
        });
        GitCli git = new GitCli(gitDir);
        assertEquals("name: churn\nversion: 1.0.0\n", git.run("cat-file", "-p", commit.name() + ":card.yaml"));
        assertEquals("Register churn 1.0.0", git.run("log", "-1", "--format=%s", commit.name()).strip());
        git.run("fsck", "--strict", "--no-dangling", "--full");
        assertArrayEquals(card, repository.open(blob, Constants.OBJ_BLOB).getBytes());
    }

    @Test
    void objectsAreReadOnlyAsGitKeepsThem() throws IOException {
        ObjectId id = insert(Constants.OBJ_BLOB, utf8("x: 1\n"));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(looseFile(id))));
    }

    @Test
    void deflatesAtTheLevelGitUsesForLooseObjects() throws IOException {
        byte[] repetitive = utf8("metric: 0.91\n".repeat(2_000));
        setConfig("looseCompression", 0);
        long stored = Files.size(looseFile(insert(Constants.OBJ_BLOB, repetitive)));
        setConfig("looseCompression", 9);
        byte[] other = utf8("metric: 0.92\n".repeat(2_000));
        Path best = looseFile(insert(Constants.OBJ_BLOB, other));
        assertTrue(stored > repetitive.length, "level 0 stores the content: " + stored + " bytes");
        assertTrue(Files.size(best) < repetitive.length / 20, "level 9 compresses: " + Files.size(best) + " bytes");
        try (InflaterInputStream in = new InflaterInputStream(Files.newInputStream(best))) {
            byte[] raw = in.readAllBytes();
            byte[] header = utf8("blob " + other.length + "\0");
            assertArrayEquals(header, Arrays.copyOf(raw, header.length), "Git's loose-object header");
        }
    }

    @Test
    void aCompressionLevelOutOfRangeNamesTheSettingAndTheFix() throws IOException {
        setConfig("compression", 12);
        RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> GitWriteSettings.of(repository));
        assertTrue(e.getMessage().contains("core.looseCompression or core.compression is 12"), e.getMessage());
        assertTrue(e.getMessage().contains("git config core.looseCompression 1"), e.getMessage());
    }

    @Test
    void theBranchIsLoggedWhereGitLogsItByDefaultOrWhereTheConfigSaysSo() throws IOException {
        assertFalse(GitWriteSettings.of(repository).branchReflog(), "a bare repository logs no ref updates");
        for (String on : List.of("true", "always", "yes", "1")) {
            setConfig("logAllRefUpdates", on);
            assertTrue(GitWriteSettings.of(repository).branchReflog(), on);
        }
        Path work = dir.resolve("work");
        GitCli.in(dir).run("init", "-q", work.toString());
        new GitCli(work.resolve(".git")).run("config", "--unset", "core.logAllRefUpdates");
        try (Repository nonBare = new FileRepositoryBuilder().setGitDir(work.resolve(".git").toFile()).build()) {
            assertTrue(GitWriteSettings.of(nonBare).branchReflog(), "a repository with a work tree logs them");
            for (String off : List.of("false", "no", "off", "0")) {
                new GitCli(work.resolve(".git")).run("config", "core.logAllRefUpdates", off);
                assertFalse(GitWriteSettings.of(nonBare).branchReflog(), off);
            }
        }
    }

    @Test
    void deflatesAtLevelOneWhenTheConfigSetsNoLevelAsGitDoes() throws IOException {
        byte[] content = utf8("metric: 0.93\n".repeat(500));
        byte[] raw = Arrays.copyOf(utf8("blob " + content.length + "\0"), ("blob " + content.length + "\0").length()
                + content.length);
        System.arraycopy(content, 0, raw, raw.length - content.length, content.length);
        ByteArrayOutputStream levelOne = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(1);
        try (DeflaterOutputStream out = new DeflaterOutputStream(levelOne, deflater)) {
            out.write(raw);
        } finally {
            deflater.end();
        }
        assertArrayEquals(levelOne.toByteArray(), Files.readAllBytes(looseFile(insert(Constants.OBJ_BLOB, content))));
        setConfig("compression", 9);
        byte[] other = utf8("metric: 0.94\n".repeat(500));
        assertTrue(Files.size(looseFile(insert(Constants.OBJ_BLOB, other))) < levelOne.size(),
                "core.compression applies when core.looseCompression is not set");
    }

    @Test
    void anObjectAlreadyThereIsNotWrittenAgain() throws IOException {
        byte[] content = utf8("x: 1\n");
        ObjectId id = insert(Constants.OBJ_BLOB, content);
        Object first = Files.readAttributes(looseFile(id), BasicFileAttributes.class).fileKey();
        assertEquals(id, insert(Constants.OBJ_BLOB, content));
        assertEquals(first, Files.readAttributes(looseFile(id), BasicFileAttributes.class).fileKey(),
                "the same file, not a new one");
    }

    @Test
    void anObjectAlreadyInAPackIsNotWrittenLoose() throws IOException {
        byte[] content = utf8("x: 2\n");
        ObjectId id = insert(Constants.OBJ_BLOB, content);
        GitCli git = new GitCli(gitDir);
        git.run("tag", "keep", id.name());
        git.run("repack", "-a", "-d");
        git.run("prune-packed");
        assertFalse(Files.exists(looseFile(id)), "git packed the blob and removed its loose file");
        assertEquals(id, insert(Constants.OBJ_BLOB, content));
        assertFalse(Files.exists(looseFile(id)), "the packed blob is not written loose again");
        assertEquals("x: 2", git.run("cat-file", "-p", id.name()).strip());
    }

    @Test
    void aReservedFileRemovedWhileTheWriteWaitedIsReplaced() throws IOException {
        AheadFiles.Reserved reserved = files.reserve();
        try (Stream<Path> ahead = Files.list(gitDir.resolve("objects"))) {
            for (Path file : ahead.filter(f -> f.getFileName().toString().startsWith(BranchWriter.OBJECT_FILE_PREFIX)).toList()) {
                Files.delete(file);
            }
        }
        ObjectId id = inserting(reserved, new BatchObjects(),
                inserter -> inserter.insert(Constants.OBJ_BLOB, 5, new ByteArrayInputStream(utf8("x: 1\n"))));
        assertEquals("x: 1\n", new GitCli(gitDir).run("cat-file", "-p", id.name()));
    }

    @Test
    void aStreamShorterThanItsLengthIsRefused() throws IOException {
        IOException e = assertThrows(IOException.class, () -> inserting(files.reserve(), new BatchObjects(),
                inserter -> inserter.insert(Constants.OBJ_BLOB, 10, new ByteArrayInputStream(utf8("short")))));
        assertTrue(e.getMessage().contains("after 5 of its 10 bytes"), e.getMessage());
        assertEquals(List.of(), looseObjects());
    }

    private List<Path> looseObjects() throws IOException {
        try (Stream<Path> all = Files.walk(gitDir.resolve("objects"))) {
            return all.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getFileName().toString().matches("[0-9a-f]{2}")).toList();
        }
    }

    private void setConfig(String key, Object value) throws IOException {
        StoredConfig config = repository.getConfig();
        config.setString("core", null, key, String.valueOf(value));
        config.save();
    }
}
