package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsColumnsUnderAnUnderlinedHeader() {
        List<String> lines = TextTable.withHeader("MODEL", "VERSION", "STAGE")
                .row("churn", "1.10.0", "production")
                .row("fraud-detector", "0.1.0", "development")
                .lines("");

        assertEquals(List.of(
                "MODEL           VERSION  STAGE",
                "--------------  -------  -----------",
                "churn           1.10.0   production",
                "fraud-detector  0.1.0    development"), lines);
    }

    @Test
    void plainTableIndentsAndDropsTrailingSpace() {
        List<String> lines = TextTable.plain().row("accuracy", "0.93").row("auc", "").lines("  ");

        assertEquals(List.of("  accuracy  0.93", "  auc"), lines);
    }

    @Test
    void lineBreaksInCellsDoNotBreakRows() {
        assertEquals(List.of("note  two lines"), TextTable.plain().row("note", "two\nlines").lines(""));
    }

    @Test
    void emptyTableAndWrongRowWidth() {
        assertTrue(TextTable.plain().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> TextTable.withHeader("A", "B").row("only one"));
    }
}
