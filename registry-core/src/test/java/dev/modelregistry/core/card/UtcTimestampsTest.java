package dev.modelregistry.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class UtcTimestampsTest {

    @Test
    void readsEveryTextAsInstantParseDoes() {
        List<String> texts = new ArrayList<>(List.of("2026-11-22T10:15:30Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59Z", "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2026-04-31T00:00:00Z",
                "2026-12-31T23:59:60Z", "2026-12-31T24:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
                "2026-01-00T00:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01t00:00:00Z", "2026-01-01T00:00:00z",
                "2026-01-01T00:00:00.5Z", "2026-01-01T00:00:00+01:00", "+2026-01-01T00:00:00Z",
                "2026-1-01T00:00:00Z", "2026-01-01 00:00:00Z", "2026-01-01T00:00:0Z", "", "Z",
                "\uff12\uff10\uff12\uff16-01-01T00:00:00Z", "2026-01-01T00:00:00Z "));
        Random random = new Random(11);
        String alphabet = "0123456789-T:Z+.9";
        for (int i = 0; i < 20_000; i++) {
            char[] text = "2026-11-22T10:15:30Z".toCharArray();
            for (int change = random.nextInt(3); change >= 0; change--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertEquals(outcome(() -> Instant.parse(text)), outcome(() -> UtcTimestamps.parse(text)), text);
        }
    }

    private static String outcome(Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
