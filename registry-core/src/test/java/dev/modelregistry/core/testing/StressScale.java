package dev.modelregistry.core.testing;

/**
 * The scale of the stress and fault tests: reduced counts in the default build, the full counts of
 * docs/reliability.md under the {@code stress-full} Maven profile (system property
 * {@code modelregistry.stress=full}).
 */
public final class StressScale {

    private static final String PROPERTY = "modelregistry.stress";

    private StressScale() {
    }

    /** True when the full counts are asked for. */
    public static boolean full() {
        return "full".equals(System.getProperty(PROPERTY));
    }

    /** {@code fullCount} under the full profile, else {@code reducedCount}. */
    public static int count(int reducedCount, int fullCount) {
        return full() ? fullCount : reducedCount;
    }
}
