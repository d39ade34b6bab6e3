package dev.modelregistry.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;

/**
 * {@code target/model-registry/registered.properties}: what {@code model:register} registered, for
 * later steps of the same build (a script, or {@code model:promote} without a version). Keys:
 * {@code name}, {@code version}, {@code reference} ({@code name@version}) and {@code sha256}. The
 * values are made of safe characters only (names, SemVer, hex), so they are written unescaped.
 */
public final class RegisteredFile {

    /** The file's path inside the build directory. */
    public static final String PATH = "model-registry/registered.properties";

    private RegisteredFile() {
    }

    /** The file in the build directory {@code buildDirectory}. */
    public static Path in(Path buildDirectory) {
        return buildDirectory.resolve(PATH);
    }

    /** Writes the file for {@code card}, replacing any earlier one. */
    public static void write(Path file, ModelCard card) throws IOException {
        Files.createDirectories(file.getParent());
        String text = "# Written by model:register\n"
                + "name=" + card.name() + "\n"
                + "version=" + card.version() + "\n"
                + "reference=" + card.id() + "\n"
                + "sha256=" + card.artifact().sha256() + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The exact reference recorded in the file, or empty when there is no file. */
    public static Optional<ModelReference> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return Optional.ofNullable(properties.getProperty("reference")).map(ModelReference::parse);
    }
}
