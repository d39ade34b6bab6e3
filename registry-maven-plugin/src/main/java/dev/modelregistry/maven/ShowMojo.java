package dev.modelregistry.maven;

import java.io.IOException;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelReference;

/**
 * Shows one version's whole model card: identity and stage, metrics, hyperparameters, artifact,
 * lineage, the card's prose and metadata; or the card as JSON with {@code -Dmodel.output=json}:
 * {@code mvn model:show -Dmodel.ref=churn@production}. Needs no project.
 */
@Mojo(name = "show", requiresProject = false, threadSafe = true)
public class ShowMojo extends AbstractVersionMojo {

    @Override
    protected RegistryCall prepare() throws IOException {
        ModelReference reference = reference();
        return registry -> {
            ModelCard card = registry.get(reference);
            return new GoalResult(CardReport.of(card), CardJson.of(card));
        };
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of());
    }
}
