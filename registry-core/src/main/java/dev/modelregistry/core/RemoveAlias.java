package dev.modelregistry.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.RegistryView;

/** Removes an alias from {@code model.yaml}; the version it pointed to stays. */
final class RemoveAlias implements WriteOperation<AliasResult> {

    private final RemoveAliasRequest request;

    RemoveAlias(RemoveAliasRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<AliasResult> plan(GitSnapshot head) {
        RegisteredModel model = new RegistryView(head).requireModel(request.model());
        AliasName alias = request.alias();
        Version previous = model.alias(alias).orElseThrow(() -> new NotFoundException(Input.ALIAS,
                "No alias \"" + alias + "\" on " + model.name() + "; " + (model.aliases().isEmpty() ? "it has no aliases"
                        : "its aliases are: " + model.aliases().keySet().stream().map(AliasName::value)
                                .collect(Collectors.joining(", "))) + ". Nothing was removed."));
        Map<AliasName, Version> aliases = new HashMap<>(model.aliases());
        aliases.remove(alias);
        TreeEdits edits = StorableYaml.putModel(new TreeEdits(), model.withAliases(aliases));
        AliasResult result = new AliasResult(model.name(), alias, Optional.empty(), Optional.of(previous),
                Optional.empty());
        return WritePlan.commit(result, edits, ActionMessages.about("Remove alias " + alias + " of " + model.name(),
                        RegistryAction.REMOVE_ALIAS, new VersionId(model.name(), previous))
                .trailer(RegistryTrailers.ALIAS, alias.value())
                .trailer(RegistryTrailers.PREVIOUS_VERSION, previous.toString())
                .trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .build());
    }
}
