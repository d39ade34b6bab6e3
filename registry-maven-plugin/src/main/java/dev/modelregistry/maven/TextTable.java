package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table whose columns are aligned with spaces, for the build log. Each column is as
 * wide as its widest cell; columns are separated by two spaces; trailing spaces are dropped.
 */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = header;
    }

    /** A table with a header row, underlined with dashes. */
    public static TextTable withHeader(String... columns) {
        return new TextTable(List.of(columns));
    }

    /** A table without a header, such as a list of name and value pairs. */
    public static TextTable plain() {
        return new TextTable(List.of());
    }

    /**
     * Adds a row; it must have as many cells as the header, if there is one. Line breaks in
     * cells are shown as spaces so that each row stays one line.
     */
    public TextTable row(String... cells) {
        if (!header.isEmpty() && cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + header.size());
        }
        rows.add(Arrays.stream(cells).map(cell -> cell.replaceAll("\\R", " ")).toList());
        return this;
    }

    /** Whether no row was added. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The lines of the table, each prefixed with {@code indent}. */
    public List<String> lines(String indent) {
        List<List<String>> all = new ArrayList<>();
        if (!header.isEmpty()) {
            all.add(header);
        }
        all.addAll(rows);
        int columns = all.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : all) {
            lines.add(indent + format(row, widths));
            if (row == header) {
                lines.add(indent + format(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
            }
        }
        return lines;
    }

    private static String format(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
        }
        return line.toString().stripTrailing();
    }
}
