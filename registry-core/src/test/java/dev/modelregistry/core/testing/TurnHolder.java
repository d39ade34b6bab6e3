package dev.modelregistry.core.testing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A separate JVM process that holds the writer turn of a local registry, as a writer does from
 * reading the head to moving the branch: it locks {@code model-registry/writer-turns} in the Git
 * directory, says {@code held}, and holds it until it is killed or its input ends. Argument: the
 * registry's Git directory.
 */
public final class TurnHolder {

    /** What the holder prints once the turn is held. */
    public static final String HELD = "held";

    private TurnHolder() {
    }

    /** Takes the turn and holds it. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve("model-registry/writer-turns");
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            System.out.println(HELD);
            while (System.in.read() >= 0) {
                // hold the turn until killed or until the input ends
            }
        }
    }
}
