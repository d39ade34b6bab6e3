package dev.modelregistry.core;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import dev.modelregistry.core.domain.ModelName;

/**
 * A request to remove old versions by retention: of each model, keep the newest {@code keepLatest}
 * by precedence, every version in a protected stage and every version under an alias, and remove
 * the rest.
 *
 * @param model the one model to clean up, or empty for all of them
 * @param keepLatest how many newest versions to keep per model, or empty for the policy's
 *        {@code retention.keepLatest}
 * @param dryRun true to only compute what would be removed, without writing
 * @param reason why, recorded in the commit's {@code Reason} trailer; empty for none
 */
public record CleanupRequest(Optional<ModelName> model, OptionalInt keepLatest, boolean dryRun, String reason) {

    /** Refuses nulls, a negative count and a reason that is not a single line. */
    public CleanupRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(keepLatest, "keepLatest");
        Reasons.check(reason);
        if (keepLatest.isPresent() && keepLatest.getAsInt() < 0) {
            throw new RegistryUsageException(Input.OTHER, "keepLatest is " + keepLatest.getAsInt()
                    + "; give the number of newest versions to keep per model, 0 or more.");
        }
    }
}
