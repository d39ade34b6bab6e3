package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

    @Test
    void digestsAFileLargerThanTheBufferAndAnEmptyOne(@TempDir Path dir) throws IOException {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 251);
        }
        Path model = Files.write(dir.resolve("model.bin"), content);
        Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);

        assertEquals(new FileDigest(sha256sum(model), 200_000), FileDigest.of(model));
        assertEquals(new FileDigest("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0),
                FileDigest.of(empty));
    }

    /** The digest as the coreutils tool computes it. */
    private static String sha256sum(Path file) throws IOException {
        Process process = new ProcessBuilder("sha256sum", file.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        return out.substring(0, 64);
    }
}
