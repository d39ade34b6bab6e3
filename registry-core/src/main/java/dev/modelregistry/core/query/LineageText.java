package dev.modelregistry.core.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders lineage trees as text lines for a terminal or a build log:
 *
 * <pre>
 * churn@1.2.0
 * ├── churn-base@2.0.0
 * │   └── tokenizer@1.0.0 (missing)
 * └── churn@1.1.0
 * </pre>
 *
 * A node that stops the tree says why: {@code (missing)}, {@code (cycle)}, {@code (shown above)}
 * or {@code (depth limit)}.
 */
public final class LineageText {

    private LineageText() {
    }

    /** The tree as lines, the root first, each generation indented under its node. */
    public static List<String> lines(LineageNode tree) {
        List<String> lines = new ArrayList<>();
        lines.add(label(tree));
        appendNext(tree, "", lines);
        return lines;
    }

    /** Both trees of a report, each under a heading: {@code Ancestors of x@1.0.0:} and {@code Descendants of x@1.0.0:}. */
    public static List<String> lines(LineageReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Ancestors of " + report.ancestors().id() + ":");
        lines.addAll(lines(report.ancestors()));
        lines.add("Descendants of " + report.descendants().id() + ":");
        lines.addAll(lines(report.descendants()));
        return lines;
    }

    private static void appendNext(LineageNode node, String indent, List<String> lines) {
        List<LineageNode> next = node.next();
        for (int i = 0; i < next.size(); i++) {
            boolean last = i == next.size() - 1;
            lines.add(indent + (last ? "└── " : "├── ") + label(next.get(i)));
            appendNext(next.get(i), indent + (last ? "    " : "│   "), lines);
        }
    }

    private static String label(LineageNode node) {
        return node.id() + switch (node.status()) {
            case PRESENT -> "";
            case MISSING -> " (missing)";
            case CYCLE -> " (cycle)";
            case SHOWN_ABOVE -> " (shown above)";
            case DEPTH_LIMIT -> " (depth limit)";
        };
    }
}
