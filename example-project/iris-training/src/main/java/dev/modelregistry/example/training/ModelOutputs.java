package dev.modelregistry.example.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

import org.tribuo.Model;
import org.tribuo.classification.Label;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The files a training run leaves in one directory ({@code target/model} in the build), under
 * fixed names for the registry's goals to pick up: the model in Tribuo's protobuf format, its
 * held-out metrics as a flat JSON object of numbers, and its hyperparameters as
 * {@code name=value} lines.
 *
 * @param directory the directory of the three files
 */
public record ModelOutputs(Path directory) {

    /** The model, written by {@link Model#serializeToFile(Path)}. */
    public static final String MODEL_FILE = "iris.tribuo";

    /** The held-out metrics: a JSON object of metric name to number. */
    public static final String METRICS_FILE = "metrics.json";

    /** The hyperparameters: a properties file, one setting a line, in name order. */
    public static final String HYPERPARAMETERS_FILE = "hyperparameters.properties";

    /** Names and values that a properties file holds as they are, with no escaping. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.+-]+");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The model file in the directory. */
    public Path modelFile() {
        return directory.resolve(MODEL_FILE);
    }

    /** The metrics file in the directory. */
    public Path metricsFile() {
        return directory.resolve(METRICS_FILE);
    }

    /** The hyperparameters file in the directory. */
    public Path hyperparametersFile() {
        return directory.resolve(HYPERPARAMETERS_FILE);
    }

    /**
     * Writes the three files, creating the directory if needed and replacing earlier files.
     *
     * @throws IllegalArgumentException if a hyperparameter's name or value is not plain text
     *         ({@code [A-Za-z0-9_.+-]+}), which this writer does not escape
     */
    public void write(Model<Label> model, HeldOutMetrics metrics, SortedMap<String, String> hyperparameters)
            throws IOException {
        List<String> lines = hyperparameters.entrySet().stream().map(ModelOutputs::propertiesLine).toList();
        Files.createDirectories(directory);
        model.serializeToFile(modelFile());
        JSON.writeValue(metricsFile().toFile(), metrics.values());
        Files.write(hyperparametersFile(), lines);
    }

    private static String propertiesLine(Map.Entry<String, String> setting) {
        for (String text : List.of(setting.getKey(), setting.getValue())) {
            if (!PLAIN.matcher(text).matches()) {
                throw new IllegalArgumentException("hyperparameter " + setting + ": only [A-Za-z0-9_.+-]+ is written");
            }
        }
        return setting.getKey() + "=" + setting.getValue();
    }
}
