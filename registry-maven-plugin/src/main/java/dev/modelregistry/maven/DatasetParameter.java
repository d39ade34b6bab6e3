package dev.modelregistry.maven;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.card.Dataset;

/**
 * One {@code <dataset>} of {@code model:register}'s {@code <datasets>} configuration: a dataset the
 * model was trained or evaluated on.
 *
 * <pre>{@code
 * <datasets>
 *   <dataset>
 *     <uri>s3://data/churn/2026-11.parquet</uri>
 *     <version>2026-11</version>
 *     <sha256>ef56...</sha256>
 *   </dataset>
 * </datasets>
 * }</pre>
 */
public class DatasetParameter {

    /** Where the dataset is; required. */
    private String uri;
    /** The dataset's version, if it has one. */
    private String version;
    /** The SHA-256 of the dataset's content, as 64 lower-case hex digits, if known. */
    private String sha256;

    /** The dataset as the card records it; a usage error (DATASET) when the URI is missing or the digest malformed. */
    public Dataset toDataset() {
        if (uri == null || uri.isBlank()) {
            throw new RegistryUsageException(Input.DATASET, "A <dataset> has no <uri>; give the location of every"
                    + " dataset.");
        }
        try {
            return new Dataset(uri.strip(), version == null ? "" : version.strip(),
                    sha256 == null ? "" : sha256.strip());
        } catch (RegistryUsageException e) {
            throw new RegistryUsageException(Input.DATASET, "Dataset " + uri.strip() + ": " + e.getMessage(), e);
        }
    }
}
