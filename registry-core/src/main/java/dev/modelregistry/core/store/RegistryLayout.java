package dev.modelregistry.core.store;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.Version;

/** Where each file lives in a registry repository; see {@code docs/registry-format.md}. */
public final class RegistryLayout {

    /** The settings and policy file at the root. */
    public static final String POLICY_FILE = "registry.yaml";
    /** The directory holding one directory per model. */
    public static final String MODELS_DIR = "models";
    /** The file name of a model's description inside its directory. */
    public static final String MODEL_FILE = "model.yaml";
    /** The file name of a version's card inside its directory. */
    public static final String CARD_FILE = "card.yaml";
    /** The owners file at the root that Git hosts read, written from the {@code owners} of the policy file. */
    public static final String CODEOWNERS_FILE = "CODEOWNERS";
    /** Where GitHub looks for an owners file before the root, so that one there hides {@link #CODEOWNERS_FILE}. */
    public static final String GITHUB_CODEOWNERS_FILE = ".github/CODEOWNERS";

    private RegistryLayout() {
    }

    /** {@code models/<name>}. */
    public static String modelDir(ModelName name) {
        return MODELS_DIR + "/" + name.value();
    }

    /** {@code models/<name>/model.yaml}. */
    public static String modelFile(ModelName name) {
        return modelDir(name) + "/" + MODEL_FILE;
    }

    /** {@code models/<name>/<version>}. */
    public static String versionDir(ModelName name, Version version) {
        return modelDir(name) + "/" + version;
    }

    /** {@code models/<name>/<version>/card.yaml}. */
    public static String cardFile(ModelName name, Version version) {
        return versionDir(name, version) + "/" + CARD_FILE;
    }
}
