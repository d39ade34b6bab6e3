package dev.modelregistry.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.ReferenceResolver;
import dev.modelregistry.core.store.RegistryView;

/**
 * Points an alias at a version in {@code model.yaml}, or moves it there. An alias that already
 * points at the version changes nothing.
 */
final class SetAlias implements WriteOperation<AliasResult> {

    private final SetAliasRequest request;

    SetAlias(SetAliasRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<AliasResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        RegisteredModel model = view.requireModel(request.model());
        AliasName alias = request.alias();
        if (view.policy().hasStage(alias.value())) {
            throw new ConflictException(Input.ALIAS, "The alias \"" + alias + "\" is the name of a stage, so "
                    + model.name() + "@" + alias + " would mean the stage. Choose an alias name that is not a stage.");
        }
        Version target = new ReferenceResolver(view).resolve(request.target()).version();
        Optional<Version> previous = model.alias(alias);
        AliasResult result = new AliasResult(model.name(), alias, Optional.of(target), previous, Optional.empty());
        if (previous.equals(Optional.of(target))) {
            return WritePlan.unchanged(result);
        }
        Map<AliasName, Version> aliases = new HashMap<>(model.aliases());
        aliases.put(alias, target);
        TreeEdits edits = StorableYaml.putModel(new TreeEdits(), model.withAliases(aliases));
        String subject = previous
                .map(from -> "Move alias " + alias + " of " + model.name() + " from " + from + " to " + target)
                .orElse("Set alias " + alias + " of " + model.name() + " to " + target);
        return WritePlan.commit(result, edits, ActionMessages.about(subject, RegistryAction.SET_ALIAS,
                        new VersionId(model.name(), target))
                .trailer(RegistryTrailers.ALIAS, alias.value())
                .trailer(RegistryTrailers.PREVIOUS_VERSION, previous.map(Version::toString))
                .trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .build());
    }
}
