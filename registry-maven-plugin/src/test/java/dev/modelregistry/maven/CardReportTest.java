package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.card.Artifact;
import dev.modelregistry.core.card.CardProse;
import dev.modelregistry.core.card.Dataset;
import dev.modelregistry.core.card.ExportedArtifact;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.Resources;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Tag;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

class CardReportTest {

    private static final String SHA = "ab".repeat(32);

    @Test
    void fullCardInSections() throws IOException {
        ModelCard card = new ModelCard(ModelName.of("churn"), Version.parse("1.4.0"), StageName.of("production"),
                Instant.parse("2026-11-22T10:15:30Z"), "Alice Analyst <alice@example.com>", "Trees on 2026-11",
                "gradient-boosted-trees", "xgboost", "classification", Map.of("accuracy", 0.93, "val/loss", 1.0E-5),
                Map.of("eta", "0.10"), List.of(Tag.of("tabular")),
                new Artifact("file:///srv/churn.bin", SHA, 1048576, "onnx"),
                List.of(new ExportedArtifact("torchscript", "https://m.example.com/churn.pt", SHA, Map.of())),
                new Lineage(List.of(VersionId.parse("churn-base@2.0.0")),
                        List.of(new Dataset("s3://data/churn.parquet", "2026-11", "")),
                        "https://git.example.com/ml/churn.git", "0123abc", "github:ml/churn:8812:1", ""),
                "", new Resources(1048576, 268435456),
                Map.of("maven", Map.of("project", "ml:churn:1.4.0"), "folds", List.of(1, 2), "seed",
                        new BigDecimal("42")),
                new CardProse("Weekly churn scoring", "", "", List.of("tenure_months", "monthly_charges")));

        assertEquals(List.of(
                "churn@1.4.0 [production]",
                "  Registered   2026-11-22T10:15:30Z by Alice Analyst <alice@example.com>",
                "  Description  Trees on 2026-11",
                "  Model type   gradient-boosted-trees",
                "  Framework    xgboost",
                "  Task type    classification",
                "  Tags         tabular",
                "",
                "Metrics",
                "  accuracy  0.93",
                "  val/loss  0.00001",
                "",
                "Hyperparameters",
                "  eta  0.10",
                "",
                "Artifact",
                "  URI             file:///srv/churn.bin",
                "  SHA-256         " + SHA,
                "  Size            1048576 bytes",
                "  Format          onnx",
                "  Serving memory  268435456 bytes",
                "",
                "Exports",
                "  FORMAT       URI                             SHA-256",
                "  -----------  ------------------------------  " + "-".repeat(64),
                "  torchscript  https://m.example.com/churn.pt  " + SHA,
                "",
                "Lineage",
                "  Parents     churn-base@2.0.0",
                "  Repository  https://git.example.com/ml/churn.git",
                "  Commit      0123abc",
                "  Build       github:ml/churn:8812:1",
                "",
                "Datasets",
                "  DATASET                  VERSION  SHA-256",
                "  -----------------------  -------  -------",
                "  s3://data/churn.parquet  2026-11",
                "",
                "Model card",
                "  Intended use  Weekly churn scoring",
                "  Features      tenure_months, monthly_charges",
                "",
                "Metadata",
                "  folds          [1,2]",
                "  maven.project  ml:churn:1.4.0",
                "  seed           42"), CardReport.of(card));
    }
}
