package dev.modelregistry.core.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bare registry repository written by {@code git fast-import} and cached: once a generation
 * completed, its directory holds a file {@code generated} and is reused as it is. Only
 * {@code refs/heads/main} is kept, and the objects are repacked into one pack, as a maintained
 * registry has them.
 */
public final class GeneratedRegistry {

    private static final String MAIN = "refs/heads/main";

    private GeneratedRegistry() {
    }

    /** What a generator writes into the import stream. */
    @FunctionalInterface
    public interface Content {

        /** Writes the commits, each through {@code stream}. */
        void write(FastImportStream stream) throws IOException;
    }

    /**
     * The bare repository {@code dir}, generated from {@code content} unless a complete one is
     * there; {@code summary} is written into its {@code generated} file.
     */
    public static Path generate(Path dir, String summary, Content content) throws IOException, InterruptedException {
        Path done = dir.resolve("generated");
        if (Files.exists(done)) {
            return dir;
        }
        Directories.delete(dir);
        Files.createDirectories(dir);
        GitProcess.run(dir, "init", "--bare", "--quiet", "--initial-branch=main", ".");
        Process importer = new ProcessBuilder("git", "fast-import", "--quiet", "--done")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        FastImportStream stream;
        try (OutputStream out = new BufferedOutputStream(importer.getOutputStream(), 1 << 20)) {
            stream = new FastImportStream(out);
            content.write(stream);
            stream.done();
        }
        if (importer.waitFor() != 0) {
            throw new IOException("git fast-import failed in " + dir);
        }
        for (String ref : stream.refs()) {
            if (!ref.equals(MAIN)) {
                GitProcess.run(dir, "update-ref", "-d", ref);
            }
        }
        GitProcess.run(dir, "repack", "-a", "-d", "-q");
        Files.writeString(done, summary + "\n");
        return dir;
    }
}
