package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

class InstantParameterTest {

    @Test
    void aDateIsTheStartOfThatDayInUtc() {
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), InstantParameter.parse("2026-03-01"));
    }

    @Test
    void instantsAndOffsetTimesAreExact() {
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), InstantParameter.parse(" 2026-03-01T09:30:00Z "));
        assertEquals(Instant.parse("2026-03-01T09:30:00.250Z"), InstantParameter.parse("2026-03-01T09:30:00.25Z"));
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), InstantParameter.parse("2026-03-01T10:30:00+01:00"));
    }

    @Test
    void anythingElseIsAUsageErrorShowingTheForms() {
        for (String text : new String[] {"", "yesterday", "2026-3-1", "2026-02-30", "2026-03-01T09:30", "1740821400"}) {
            RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> InstantParameter.parse(text),
                    text);
            assertEquals(Input.OTHER, e.input());
            assertEquals("Invalid time \"" + text + "\": write an ISO-8601 instant such as 2026-03-01T09:30:00Z, a"
                    + " time with an offset such as 2026-03-01T10:30:00+01:00, or a date such as 2026-03-01 (the"
                    + " start of that day, UTC).", e.getMessage());
        }
    }

    @Test
    void timesPrintToTheSecondInAFormTheyParseFrom() {
        Instant time = Instant.parse("2026-03-01T09:30:15.123456Z");
        assertEquals("2026-03-01T09:30:15Z", InstantParameter.format(time));
        assertEquals(Instant.parse("2026-03-01T09:30:15Z"), InstantParameter.parse(InstantParameter.format(time)));
    }
}
