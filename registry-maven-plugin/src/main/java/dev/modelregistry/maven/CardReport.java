package dev.modelregistry.maven;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.VersionId;

/**
 * A model card as a readable text report, in sections: identity and stage, metrics,
 * hyperparameters, artifact, lineage, the card's prose and free-form metadata. Empty fields and
 * sections are left out.
 */
public final class CardReport {

    private static final String INDENT = "  ";

    private final List<String> lines = new ArrayList<>();

    private CardReport() {
    }

    /** The report's lines for {@code card}. */
    public static List<String> of(ModelCard card) throws IOException {
        CardReport report = new CardReport();
        report.identity(card);
        report.section("Metrics", pairs(card.metrics().entrySet().stream()
                .map(e -> new String[] {e.getKey(), number(e.getValue())}).toList()));
        report.section("Hyperparameters", pairs(card.hyperparameters().entrySet().stream()
                .map(e -> new String[] {e.getKey(), e.getValue()}).toList()));
        report.artifact(card);
        report.lineage(card.lineage());
        report.prose(card.prose());
        TextTable metadata = TextTable.plain();
        flatten("", card.metadata(), metadata);
        report.section("Metadata", metadata);
        return List.copyOf(report.lines);
    }

    private void identity(ModelCard card) {
        lines.add(card.id() + " [" + card.stage() + "]");
        TextTable table = TextTable.plain().row("Registered", card.createdAt() + " by " + card.createdBy());
        addFilled(table, "Description", card.description());
        addFilled(table, "Model type", card.modelType());
        addFilled(table, "Framework", card.framework());
        addFilled(table, "Task type", card.taskType());
        addFilled(table, "Tags", card.tags().stream().map(Tag::value).collect(Collectors.joining(", ")));
        addFilled(table, "Config hash", card.configHash());
        lines.addAll(table.lines(INDENT));
    }

    private void artifact(ModelCard card) {
        Artifact artifact = card.artifact();
        TextTable table = TextTable.plain()
                .row("URI", artifact.uri())
                .row("SHA-256", artifact.sha256())
                .row("Size", artifact.size() + " bytes");
        if (!artifact.format().isEmpty()) {
            table.row("Format", artifact.format());
        }
        if (card.resources().memoryBytes() > 0) {
            table.row("Serving memory", card.resources().memoryBytes() + " bytes");
        }
        section("Artifact", table);
        TextTable exports = TextTable.withHeader("FORMAT", "URI", "SHA-256");
        for (ExportedArtifact export : card.exports()) {
            exports.row(export.format(), export.uri(), export.sha256());
        }
        section("Exports", exports);
    }

    private void lineage(Lineage lineage) {
        TextTable table = TextTable.plain();
        if (!lineage.parents().isEmpty()) {
            table.row("Parents", lineage.parents().stream().map(VersionId::toString).collect(Collectors.joining(", ")));
        }
        addFilled(table, "Repository", lineage.sourceRepository());
        addFilled(table, "Commit", lineage.sourceCommit());
        addFilled(table, "Build", lineage.buildId());
        addFilled(table, "Build URL", lineage.buildUrl());
        section("Lineage", table);
        TextTable datasets = TextTable.withHeader("DATASET", "VERSION", "SHA-256");
        for (Dataset dataset : lineage.datasets()) {
            datasets.row(dataset.uri(), dataset.version(), dataset.sha256());
        }
        section("Datasets", datasets);
    }

    private void prose(CardProse prose) {
        TextTable table = TextTable.plain();
        addFilled(table, "Intended use", prose.intendedUse());
        addFilled(table, "Limitations", prose.limitations());
        addFilled(table, "Ethical considerations", prose.ethicalConsiderations());
        addFilled(table, "Features", String.join(", ", prose.features()));
        section("Model card", table);
    }

    private void section(String title, TextTable table) {
        if (!table.isEmpty()) {
            lines.add("");
            lines.add(title);
            lines.addAll(table.lines(INDENT));
        }
    }

    private static TextTable pairs(List<String[]> rows) {
        TextTable table = TextTable.plain();
        rows.forEach(table::row);
        return table;
    }

    private static void addFilled(TextTable table, String label, String value) {
        if (!value.isEmpty()) {
            table.row(label, value);
        }
    }

    /** Nested maps become dotted names; lists and their contents are shown as compact JSON. */
    private static void flatten(String prefix, Object value, TextTable table) throws IOException {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                flatten(prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey(),
                        entry.getValue(), table);
            }
        } else if (value instanceof List<?> list) {
            table.row(prefix, ResultWriter.compactJson(list));
        } else if (value instanceof BigDecimal decimal) {
            table.row(prefix, decimal.toPlainString());
        } else {
            table.row(prefix, String.valueOf(value));
        }
    }

    /** A metric as plain decimal text without trailing zeros: 0.93, 12, 0.0001. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
