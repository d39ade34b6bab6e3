package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files created ahead of a write in a real object directory: how many a write reserves,
 * what happens to those it did not use, and which files left behind count as a dead writer's.
 */
class AheadFilesTest {

    @TempDir
    Path objects;

    private List<Path> ahead() throws IOException {
        try (Stream<Path> files = Files.list(objects)) {
            return files.filter(file -> file.getFileName().toString().startsWith(BranchWriter.OBJECT_FILE_PREFIX)).sorted().toList();
        }
    }

    private AheadFiles objectFiles() {
        return new AheadFiles(objects, BranchWriter.OBJECT_FILE_PREFIX, true, 6);
    }

    @BeforeEach
    void gitLayout() throws IOException {
        Files.createDirectories(objects.resolve("pack"));
    }

    @Test
    void aWriteReservesAsManyFilesAsTheLastWriteUsedAndKeepsTheRestForTheNext() throws IOException {
        try (AheadFiles files = objectFiles()) {
            AheadFiles.Reserved first = files.reserve();
            assertEquals(6, ahead().size(), "a first write reserves what a registration uses");
            for (Path file : ahead()) {
                assertEquals(0, Files.size(file));
                assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
            for (int i = 0; i < 9; i++) {
                first.take().discard();
            }
            first.release();
            assertEquals(0, ahead().size(), "all six used, and three more made as the write went");
            AheadFiles.Reserved second = files.reserve();
            assertEquals(9, ahead().size(), "the next write reserves as many as the last one used");
            second.take().discard();
            second.release();
            assertEquals(8, ahead().size(), "the unused ones wait for the next write");
            AheadFiles.Reserved third = files.reserve();
            assertEquals(8, ahead().size(), "a write that needs fewer than are spare creates none");
            third.release();
        }
        assertEquals(List.of(), ahead(), "closing deletes the spare files");
    }

    @Test
    void filesADeadWriterLeftAreRemovedOnceAnHourOldAndLiveOnesAreKept() throws IOException {
        Path dead = Files.createFile(objects.resolve(BranchWriter.OBJECT_FILE_PREFIX + "dead"));
        Files.setLastModifiedTime(dead, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
        Path live = Files.createFile(objects.resolve(BranchWriter.OBJECT_FILE_PREFIX + "live"));
        Files.setLastModifiedTime(live, FileTime.from(Instant.now().minus(Duration.ofMinutes(59))));
        Path jgits = Files.createFile(objects.resolve("noz123.tmp"));
        Files.setLastModifiedTime(jgits, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        try (AheadFiles files = objectFiles()) {
            files.reserve().release();
        }
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live), "a file of a writer that may be waiting for its turn");
        assertTrue(Files.exists(jgits), "only the registry's own files are swept");
    }

    @Test
    void aReservationReleasedTwiceGivesItsFilesBackOnce() throws IOException {
        try (AheadFiles files = objectFiles()) {
            AheadFiles.Reserved first = files.reserve();
            first.release();
            first.release();
            AheadFiles.Reserved one = files.reserve();
            AheadFiles.Reserved other = files.reserve();
            java.util.Set<Path> taken = new java.util.HashSet<>();
            for (int i = 0; i < 6; i++) {
                assertTrue(taken.add(one.take().path()));
                assertTrue(taken.add(other.take().path()), "no file is handed to two writes");
            }
            one.release();
            other.release();
        }
    }

    @Test
    void aWriteStillRunningAtCloseDeletesItsUnusedFilesWhenItEnds() throws IOException {
        AheadFiles files = objectFiles();
        AheadFiles.Reserved running = files.reserve();
        files.close();
        assertEquals(6, ahead().size());
        running.take().discard();
        running.release();
        assertEquals(List.of(), ahead());
    }
}
