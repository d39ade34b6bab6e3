package dev.modelregistry.core.card;

/**
 * What serving a version takes, in bytes: the model's size and the memory it needs.
 * 0 means not recorded.
 */
public record Resources(long modelSizeBytes, long memoryBytes) {

    /** Nothing recorded. */
    public static final Resources NONE = new Resources(0, 0);

    /** Refuses negative sizes. */
    public Resources {
        if (modelSizeBytes < 0 || memoryBytes < 0) {
            throw new IllegalArgumentException("resource sizes cannot be negative");
        }
    }
}
