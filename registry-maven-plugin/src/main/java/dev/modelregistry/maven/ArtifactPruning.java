package dev.modelregistry.maven;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.artifact.PruneResult;
import dev.modelregistry.core.artifact.StoredBlob;

/**
 * The artifact part of {@code model:delete} and {@code model:cleanup}: lists the files of the
 * directory store that no card references any more, and removes them only when asked
 * ({@code model.pruneArtifacts=true}); otherwise it is a dry run that says how to remove them.
 * Files written within the last hour are kept either way, since a registration may be between
 * storing its file and committing its card.
 */
final class ArtifactPruning {

    private ArtifactPruning() {
    }

    /**
     * Prunes the store of {@code registry}, removing files only when {@code remove}, and adds the
     * report to {@code lines}; a dry run's report says to run again with {@code removeWith}.
     * Returns the report as JSON.
     */
    static Map<String, Object> run(ModelRegistry registry, boolean remove, String removeWith, List<String> lines) {
        PruneResult result = registry.pruneArtifacts(!remove);
        List<StoredBlob> unreferenced = result.unreferenced();
        if (unreferenced.isEmpty()) {
            lines.add("Artifact store: nothing to prune");
        } else {
            lines.add("Artifact store: " + unreferenced.size() + " unreferenced file" + (unreferenced.size() == 1 ? ""
                    : "s") + ", " + result.unreferencedBytes() + " bytes" + (result.dryRun()
                            ? " (dry run; remove them with " + removeWith + ")" : ", removed"));
            unreferenced.forEach(blob -> lines.add("  sha256:" + blob.sha256() + "  " + blob.size() + " bytes"));
        }
        if (!result.keptRecent().isEmpty()) {
            lines.add("Artifact store: kept " + result.keptRecent().size() + " unreferenced file"
                    + (result.keptRecent().size() == 1 ? "" : "s") + " written within the last hour, as a registration"
                    + " may not have committed its card yet");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dryRun", result.dryRun());
        json.put("unreferenced", digests(unreferenced));
        json.put("keptRecent", digests(result.keptRecent()));
        json.put("unreferencedBytes", result.unreferencedBytes());
        return json;
    }

    private static List<String> digests(List<StoredBlob> blobs) {
        return blobs.stream().map(StoredBlob::sha256).toList();
    }
}
