package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.SmallFilesystem;
import dev.modelregistry.core.testing.TestRegistries;

/**
 * A full or read-only disk (docs/reliability.md, item 6), on a real small filesystem: the write
 * fails with an error that names the registry and the problem, the branch does not move, no lock
 * file is left, and the next write succeeds once there is space or write access again.
 */
class DiskFaultTest {

    private static final long FILESYSTEM_BYTES = 4L << 20;

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    @Test
    void aFullDiskFailsTheWriteCleanlyAndTheNextWriteSucceedsOnceThereIsSpace() throws IOException {
        Path mount = Files.createDirectories(dir.resolve("fs"));
        try (SmallFilesystem fs = SmallFilesystem.mount(mount, FILESYSTEM_BYTES)) {
            Path registry = mount.resolve("registry");
            seed(registry);
            String head = head(registry);
            Path filler = mount.resolve("filler");
            fill(filler);
            assertRefusedCleanly(registry, head, "No space left on device");
            Files.delete(filler);
            assertNextWriteLands(registry, head);
        }
    }

    @Test
    void aReadOnlyDiskFailsTheWriteCleanlyAndTheNextWriteSucceedsOnceWritable() {
        Path mount = dir.resolve("fs");
        try (SmallFilesystem fs = SmallFilesystem.mount(createDirectories(mount), FILESYSTEM_BYTES)) {
            Path registry = mount.resolve("registry");
            seed(registry);
            String head = head(registry);
            fs.readOnly();
            assertRefusedCleanly(registry, head, "Read-only file system");
            fs.readWrite();
            assertNextWriteLands(registry, head);
        }
    }

    private void seed(Path registry) {
        try (ModelRegistry open = registries.open(registry)) {
            open.register(Samples.request("churn", "seed").build());
        }
    }

    /** A registration with a large description fails naming the registry and {@code problem}; nothing moved or stayed locked. */
    private void assertRefusedCleanly(Path registry, String head, String problem) {
        try (ModelRegistry open = ModelRegistry.open(registry, registries.options())) {
            RegistryException refused = assertThrows(RegistryException.class, () -> open.register(
                    Samples.request("churn", "refused").description(incompressible(300_000)).build()));
            String message = refused.getMessage();
            assertTrue(message.contains(problem) && message.contains(registry.toString()), message);
            assertTrue(message.contains("Nothing was written"), message);
            assertFalse(message.contains("Exception") || message.contains("\tat "), message);
            System.out.println("disk fault refused: " + message);
        }
        assertEquals(head, head(registry), "the branch did not move");
        assertEquals(List.of(), locks(registry));
    }

    private void assertNextWriteLands(Path registry, String head) {
        try (ModelRegistry open = ModelRegistry.open(registry, registries.options())) {
            assertTrue(open.register(Samples.request("churn", "after").description(incompressible(300_000))
                    .build()).created());
        }
        assertEquals(head, new GitCli(registry).run("rev-parse", "main~1").strip());
        new GitCli(registry).run("fsck", "--full", "--strict");
    }

    private static String head(Path registry) {
        return new GitCli(registry).run("rev-parse", "main").strip();
    }

    /** Writes to {@code filler} until the filesystem is full. */
    private static void fill(Path filler) {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
        }
    }

    /** {@code length} characters of random letters: text that zlib cannot shrink much. */
    private static String incompressible(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static List<Path> locks(Path registry) {
        try (var files = Files.walk(registry)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lock")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
