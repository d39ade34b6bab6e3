package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteMakesTheMissingDirectoryOfTheFileAndReadsBack() {
        Path gitDir = dir.resolve("registry.git");
        gitDir.toFile().mkdir();
        DerivedFile file = new DerivedFile(gitDir.resolve("model-registry").resolve("index"));
        file.write(out -> out.writeInt(42));
        assertEquals(Optional.of(42), file.read().map(ByteBuffer::getInt));
    }

    @Test
    void aWriteIntoARegistryThatIsGoneMakesNothing() {
        Path gitDir = dir.resolve("deleted.git");
        new DerivedFile(gitDir.resolve("model-registry").resolve("index")).write(out -> out.writeInt(42));
        assertFalse(Files.exists(gitDir), "a write that waited does not make a deleted registry again");
    }
}
