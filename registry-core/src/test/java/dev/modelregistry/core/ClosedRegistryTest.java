package dev.modelregistry.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.query.SearchQuery;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class ClosedRegistryTest {

    private static final ModelName CHURN = ModelName.of("churn");

    @TempDir
    Path dir;

    /**
     * After close, every read and write fails the same way, whether the registry's derived files
     * could answer it without Git or not, and nothing is written.
     */
    @Test
    void everyCallOnAClosedRegistryFailsAndWritesNothing() {
        Path path = dir.resolve("r");
        ModelRegistry registry = new TestRegistries().open(path);
        registry.register(Samples.request("churn", "a").build());
        registry.listModelSummaries();
        registry.history(HistoryQuery.forModel(CHURN));
        registry.close();
        String head = new GitCli(path).run("rev-parse", "main");

        Map<String, Consumer<ModelRegistry>> calls = new LinkedHashMap<>();
        calls.put("get", r -> r.get(ModelReference.parse("churn@latest")));
        calls.put("model", r -> r.model(CHURN));
        calls.put("policy", ModelRegistry::policy);
        calls.put("listModels", ModelRegistry::listModels);
        calls.put("listModelSummaries", ModelRegistry::listModelSummaries);
        calls.put("search", r -> r.search(SearchQuery.all()));
        calls.put("history", r -> r.history(HistoryQuery.forModel(CHURN)));
        calls.put("stageHolders", r -> r.stageHolders(CHURN, StageName.of("production"), Instant.now()));
        calls.put("check", ModelRegistry::check);
        calls.put("register", r -> r.register(Samples.request("churn", "b").build()));
        for (Map.Entry<String, Consumer<ModelRegistry>> call : calls.entrySet()) {
            RegistryInternalException e = assertThrows(RegistryInternalException.class,
                    () -> call.getValue().accept(registry), call.getKey());
            assertTrue(e.getMessage().contains("is closed; open it again"), call.getKey() + ": " + e.getMessage());
        }
        assertEquals(head, new GitCli(path).run("rev-parse", "main"));
    }
}
