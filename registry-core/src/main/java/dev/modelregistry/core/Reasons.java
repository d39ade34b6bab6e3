package dev.modelregistry.core;

import java.util.Optional;

/** Checks the free-text reasons that become a commit's {@code Reason} trailer. */
final class Reasons {

    /** The longest reason accepted, in characters. */
    static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    /** Throws a usage error unless {@code reason} is one line of printable text (or empty). */
    static void check(String reason) {
        if (reason == null) {
            throw new RegistryUsageException(Input.REASON, "The reason is missing; give one line of text, or an empty one.");
        }
        if (reason.chars().anyMatch(Character::isISOControl)) {
            throw new RegistryUsageException(Input.REASON, "The reason must be one line without control characters;"
                    + " remove the line breaks from it.");
        }
        if (!reason.strip().equals(reason)) {
            throw new RegistryUsageException(Input.REASON, "The reason \"" + reason + "\" starts or ends with spaces;"
                    + " remove them.");
        }
        if (reason.length() > MAX_LENGTH) {
            throw new RegistryUsageException(Input.REASON, "The reason is " + reason.length() + " characters long;"
                    + " keep it to " + MAX_LENGTH + " and put details in the description.");
        }
    }

    /** The value of the {@code Reason} trailer for {@code reason}: empty when no reason was given. */
    static Optional<String> trailer(String reason) {
        return Optional.of(reason).filter(r -> !r.isEmpty());
    }
}
