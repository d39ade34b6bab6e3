package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;
import dev.modelregistry.core.yaml.StrictYamlReader;

/** Every write refuses a file that every read would refuse, before committing anything. */
class StorableFilesTest {

    /** A text that alone makes a file larger than the YAML size limit. */
    private static final String HUGE = "x".repeat(StrictYamlReader.DEFAULT_MAX_BYTES + 1);

    @TempDir
    Path dir;

    private final TestRegistries registries = new TestRegistries();

    @Test
    void registeringAnOversizedCardNamesTheFileAndItsLargestFieldsAndWritesNothing() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("fraud", "f").build());
            RegistryUsageException error = assertThrows(RegistryUsageException.class, () -> registry.register(
                    Samples.request("churn", "a").description(HUGE).metadata(Map.of("notes", "y".repeat(1000)))
                            .build()));
            assertEquals(Input.OTHER, error.input());
            assertTrue(error.getMessage().startsWith("The change cannot be stored: models/churn/0.0.1/card.yaml"
                    + " would be "), error.getMessage());
            assertTrue(error.getMessage().contains("more than the limit of 524288 bytes; its largest fields are"
                    + " description (524305 bytes), metadata (1022 bytes), artifact ("), error.getMessage());
            assertTrue(error.getMessage().endsWith("Shorten them; large data belongs in artifacts, not in YAML."),
                    error.getMessage());
            assertEquals("0.0.1", registry.register(Samples.request("churn", "a").description("fits").build())
                    .card().version().toString());
            assertEquals("fits", registry.get(ModelReference.parse("churn@latest")).description());
        }
        assertEquals("2", new GitCli(path).run("rev-list", "--count", "main").strip());
    }

    @Test
    void updatesRefuseOversizedCardsAndModelFiles() {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = registries.open(path)) {
            registry.register(Samples.request("churn", "a").build());
            RegistryUsageException card = assertThrows(RegistryUsageException.class, () -> registry.updateVersion(
                    UpdateVersionRequest.builder(ModelReference.parse("churn@0.0.1")).description(HUGE).build()));
            assertTrue(card.getMessage().contains("models/churn/0.0.1/card.yaml would be"), card.getMessage());
            RegistryUsageException model = assertThrows(RegistryUsageException.class, () -> registry.updateModel(
                    UpdateModelRequest.builder(ModelName.of("churn")).owner(HUGE).build()));
            assertEquals(Input.OTHER, model.input());
            assertTrue(model.getMessage().contains("models/churn/model.yaml would be"), model.getMessage());
            assertTrue(model.getMessage().contains("its largest fields are owner ("), model.getMessage());
            assertEquals("", registry.get(ModelReference.parse("churn@0.0.1")).description());
        }
        assertEquals("1", new GitCli(path).run("rev-list", "--count", "main").strip());
    }
}
