package dev.modelregistry.core.card;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads UTC timestamps as {@link Instant#parse} does. The form the registry writes,
 * {@code 2026-11-22T10:15:30Z}, is read by hand, because a fresh process that maps hundreds of
 * cards spends much of its time starting {@link java.time.format.DateTimeFormatter}; anything else
 * goes to {@link Instant#parse}, so that the same texts are accepted and refused.
 */
final class UtcTimestamps {

    private static final String WRITTEN_FORM = "0000-00-00T00:00:00Z";

    private UtcTimestamps() {
    }

    /**
     * The instant {@code text} names.
     *
     * @throws java.time.format.DateTimeParseException as {@link Instant#parse} throws it
     */
    static Instant parse(String text) {
        if (inWrittenForm(text)) {
            try {
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                        number(text, 11, 13), number(text, 14, 16), number(text, 17, 19)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException outOfRange) {
                // a leap second, the hour 24 or a day the month lacks: Instant.parse decides
            }
        }
        return Instant.parse(text);
    }

    /** True when {@code text} has digits where the written form has zeros, and its punctuation. */
    private static boolean inWrittenForm(String text) {
        if (text.length() != WRITTEN_FORM.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char expected = WRITTEN_FORM.charAt(i);
            char actual = text.charAt(i);
            if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
