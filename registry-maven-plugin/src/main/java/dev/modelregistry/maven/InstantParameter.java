package dev.modelregistry.maven;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A moment as a parameter gives it, ISO-8601: an instant such as {@code 2026-03-01T09:30:00Z}, a
 * date and time with an offset such as {@code 2026-03-01T10:30:00+01:00}, or a date such as
 * {@code 2026-03-01}, meaning the start of that day in UTC. Moments are printed back in the first
 * form, to the second, so a time copied from a table can be given again.
 */
final class InstantParameter {

    private InstantParameter() {
    }

    /**
     * The moment {@code text} names.
     *
     * @throws RegistryUsageException (OTHER) naming the accepted forms when {@code text} is none of them
     */
    static Instant parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.length() == "2026-03-01".length()) {
                return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new RegistryUsageException(Input.OTHER, "Invalid time \"" + text + "\": write an ISO-8601 instant"
                    + " such as 2026-03-01T09:30:00Z, a time with an offset such as 2026-03-01T10:30:00+01:00, or a"
                    + " date such as 2026-03-01 (the start of that day, UTC).", e);
        }
    }

    /** {@code time} in UTC to the second, such as {@code 2026-03-01T09:30:00Z}. */
    static String format(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
