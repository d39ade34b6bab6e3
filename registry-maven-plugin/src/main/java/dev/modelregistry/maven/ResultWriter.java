package dev.modelregistry.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.logging.Log;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Prints a {@link GoalResult} in the chosen format: text to the build log, JSON to standard output
 * (so {@code mvn -q ... -Dmodel.output=json} prints nothing else), or either one to a file; the
 * text still goes to the build log then.
 */
public final class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Log log;
    private final OutputFormat format;
    private final File outputFile;

    /** A writer in {@code format}, to {@code outputFile} when it is not null. */
    public ResultWriter(Log log, OutputFormat format, File outputFile) {
        this.log = log;
        this.format = format;
        this.outputFile = outputFile;
    }

    /** Prints {@code result}. */
    public void write(GoalResult result) throws IOException {
        if (outputFile != null) {
            Path path = outputFile.toPath();
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, render(result), StandardCharsets.UTF_8);
            result.lines().forEach(log::info);
            log.info("Wrote " + path);
        } else if (format == OutputFormat.JSON) {
            System.out.print(render(result));
            System.out.flush();
        } else {
            result.lines().forEach(log::info);
        }
    }

    private String render(GoalResult result) throws IOException {
        return format == OutputFormat.JSON
                ? JSON.writeValueAsString(result.json()) + System.lineSeparator()
                : String.join(System.lineSeparator(), result.lines()) + System.lineSeparator();
    }

    /** The JSON text of {@code tree} on one line, for values shown inside text output. */
    static String compactJson(Object tree) throws IOException {
        return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
    }
}
