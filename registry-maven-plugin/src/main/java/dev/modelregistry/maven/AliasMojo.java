package dev.modelregistry.maven;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import dev.modelregistry.core.AliasResult;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.RemoveAliasRequest;
import dev.modelregistry.core.SetAliasRequest;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.ModelReference;

/**
 * Points an alias of a model at a version, moving it if it points elsewhere:
 * {@code mvn model:alias -Dmodel.alias=champion -Dmodel.ref=churn@1.2.0}; or removes it:
 * {@code mvn model:alias -Dmodel.name=churn -Dmodel.alias=champion -Dmodel.remove=true}. A target
 * such as {@code churn@production} is resolved once: the alias does not follow later promotions.
 * Needs no project.
 */
@Mojo(name = "alias", requiresProject = false, threadSafe = true)
public class AliasMojo extends AbstractVersionMojo {

    /** The alias, such as {@code champion}: lower case, and not the name of a stage. */
    @Parameter(property = "model.alias")
    private String alias;

    /** Removes the alias from {@code model.name} instead of setting it; the version it pointed to stays. */
    @Parameter(property = "model.remove", defaultValue = "false")
    private boolean remove;

    /** Why; recorded in the commit's {@code Reason} trailer. One line. */
    @Parameter(property = "model.reason")
    private String reason;

    @Override
    protected RegistryCall prepare() throws IOException {
        AliasName aliasName = AliasName.of(alias == null ? null : alias.strip());
        String why = reason == null ? "" : reason.strip();
        if (remove) {
            if (versionGiven()) {
                throw new RegistryUsageException(Input.REFERENCE, "model.remove removes the alias " + aliasName
                        + "; it takes no target version. Leave out model.ref and model.version, or set model.remove"
                        + " to false to move the alias.");
            }
            ModelName model = givenName().orElseThrow(() -> new RegistryUsageException(Input.NAME, "No model given"
                    + " to remove the alias " + aliasName + " from."));
            RemoveAliasRequest request = new RemoveAliasRequest(model, aliasName, why);
            return registry -> describe(registry.removeAlias(request));
        }
        ModelReference target = reference();
        SetAliasRequest request = new SetAliasRequest(givenName().orElse(target.name()), aliasName, target, why);
        return registry -> describe(registry.setAlias(request));
    }

    private static GoalResult describe(AliasResult result) {
        String alias = result.model() + "@" + result.alias();
        String line;
        if (result.version().isEmpty()) {
            line = "Removed alias " + alias + ", which pointed to " + result.previous().orElseThrow();
        } else if (result.commitId().isEmpty()) {
            line = "Alias " + alias + " already points to " + result.version().get() + "; nothing changed";
        } else {
            line = "Alias " + alias + " now points to " + result.version().get()
                    + result.previous().map(before -> " (was " + before + ")").orElse("");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", result.model().value());
        json.put("alias", result.alias().value());
        json.put("version", result.version().map(Object::toString).orElse(""));
        json.put("previous", result.previous().map(Object::toString).orElse(""));
        json.put("commit", result.commitId().orElse(""));
        return new GoalResult(List.of(line), json);
    }

    @Override
    protected Map<Input, PluginParameter> parameters() {
        return versionParameters(Map.of(Input.ALIAS, new PluginParameter("model.alias", "alias", "champion"),
                Input.REASON, PluginParameter.REASON));
    }
}
