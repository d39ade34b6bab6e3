package dev.modelregistry.example.training;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URL;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.csv.CSVLoader;

/** The Iris data set shipped with this module, {@code data/iris.csv} on the classpath. */
public final class IrisCsv {

    /** The classpath resource that holds the data; its licence is {@code data/DATA-LICENSE.md}. */
    public static final String RESOURCE = "/data/iris.csv";

    /** The column to predict; the other four columns are the features. */
    public static final String SPECIES_COLUMN = "species";

    private IrisCsv() {
    }

    /** Loads all 150 rows, in file order, as labelled examples whose features are named by the header. */
    public static MutableDataset<Label> load() throws IOException {
        URL csv = IrisCsv.class.getResource(RESOURCE);
        if (csv == null) {
            throw new FileNotFoundException("no classpath resource " + RESOURCE);
        }
        return new MutableDataset<>(new CSVLoader<>(new LabelFactory()).loadDataSource(csv, SPECIES_COLUMN));
    }
}
