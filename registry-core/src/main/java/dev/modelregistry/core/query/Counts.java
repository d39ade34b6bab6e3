package dev.modelregistry.core.query;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/** Checks the counts a query takes, such as a result limit or a lineage depth. */
final class Counts {

    private Counts() {
    }

    /** Returns {@code value} when it is at least 1, else throws a usage error (OTHER) naming {@code noun} and {@code fix}. */
    static int atLeastOne(String noun, int value, String fix) {
        if (value < 1) {
            throw new RegistryUsageException(Input.OTHER, "Invalid " + noun + " " + value + ": it must be at least 1; "
                    + fix + ".");
        }
        return value;
    }
}
