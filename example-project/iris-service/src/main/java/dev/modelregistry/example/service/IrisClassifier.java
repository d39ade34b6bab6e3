package dev.modelregistry.example.service;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * Predicts an iris's species from its {@link IrisMeasurements} with a Tribuo classification model
 * trained on the Iris data, read from a model file written by {@code Model.serializeToFile}.
 */
public final class IrisClassifier {

    /** Where the build puts the model on this module's classpath. */
    public static final String MODEL_RESOURCE = "models/iris.tribuo";

    private static final String[] FEATURES = IrisMeasurements.FEATURE_NAMES.toArray(String[]::new);

    private final Model<Label> model;

    private IrisClassifier(Model<Label> model) {
        this.model = model;
    }

    /** Reads the model from a file. */
    public static IrisClassifier fromFile(Path modelFile) throws IOException {
        return new IrisClassifier(irisModel(Model.deserializeFromFile(modelFile), modelFile.toString()));
    }

    /** Reads the model from a classpath resource, such as {@link #MODEL_RESOURCE}. */
    public static IrisClassifier fromClasspath(String resource) throws IOException {
        try (InputStream in = IrisClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("no classpath resource " + resource);
            }
            return new IrisClassifier(irisModel(Model.deserializeFromStream(in), resource));
        }
    }

    /** The most likely species, named as in the training data, such as {@code Iris-setosa}. */
    public String predict(IrisMeasurements flower) {
        return model.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, FEATURES, flower.values()))
                .getOutput().getLabel();
    }

    /** Checks that {@code model} classifies and knows the four measurements as features. */
    @SuppressWarnings("unchecked") // validate(Label.class) checked the output type
    private static Model<Label> irisModel(Model<?> model, String source) {
        if (!model.validate(Label.class)) {
            throw new IllegalArgumentException(source + " is not a classification model");
        }
        Set<String> known = model.getFeatureIDMap().keySet();
        List<String> missing = IrisMeasurements.FEATURE_NAMES.stream().filter(name -> !known.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + " has no features " + missing + " of an iris; it has " + known);
        }
        return (Model<Label>) model;
    }
}
