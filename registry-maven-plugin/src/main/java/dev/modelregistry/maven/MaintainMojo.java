package dev.modelregistry.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.MaintenanceResult;

/**
 * Maintains the registry's repository, safely while others write: repacks its objects (deleting
 * none that a concurrent write may still need), rewrites the commit-graph with changed-path Bloom
 * filters that keep history fast, and brings the history and card indexes up to the branch head.
 * Run it now and then, for example nightly in CI:
 * {@code mvn model:maintain -Dmodel.registry=/srv/registry}.
 * A remote registry maintains this machine's cache clone of it. Needs no project.
 */
@Mojo(name = "maintain", requiresProject = false, threadSafe = true)
public class MaintainMojo extends AbstractRegistryMojo {

    @Override
    protected RegistryCall prepare() {
        return registry -> describe(registry.maintain());
    }

    private static GoalResult describe(MaintenanceResult result) {
        TextTable table = TextTable.plain()
                .row("Objects in packs", String.valueOf(result.packedObjects()))
                .row("Loose objects left", String.valueOf(result.looseObjects()))
                .row("Commits in the commit-graph", String.valueOf(result.commitGraphCommits()))
                .row("Bloom filters computed", String.valueOf(result.bloomFiltersComputed()))
                .row("Commits in the history index", String.valueOf(result.indexedCommits()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("packedObjects", result.packedObjects());
        json.put("looseObjects", result.looseObjects());
        json.put("commitGraphCommits", result.commitGraphCommits());
        json.put("bloomFiltersComputed", result.bloomFiltersComputed());
        json.put("indexedCommits", result.indexedCommits());
        List<String> lines = new ArrayList<>(List.of("Maintained the registry:"));
        lines.addAll(table.lines("  "));
        return new GoalResult(lines, json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return Map.of();
    }
}
