package dev.modelregistry.core.policy;

/**
 * How many versions of each model {@code cleanup} keeps: the newest {@code keepLatest}, plus
 * every version in a protected stage or under an alias.
 */
public record RetentionPolicy(int keepLatest) {

    /** The default: keep the newest 10 versions of each model. */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(10);

    /** Refuses a negative count. */
    public RetentionPolicy {
        if (keepLatest < 0) {
            throw new IllegalArgumentException("keepLatest cannot be negative");
        }
    }
}
