package dev.modelregistry.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.ReferenceResolver;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Removes one version's directory, and in the same commit the aliases that point at it. A
 * version in a protected stage needs force.
 */
final class DeleteVersion implements WriteOperation<DeleteResult> {

    private final DeleteRequest request;

    DeleteVersion(DeleteRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<DeleteResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        ModelCard card = new ReferenceResolver(view).resolve(request.reference());
        boolean forced = ProtectedVersions.checkRemovable(view.policy(), List.of(card), request.force(), "it");
        RegisteredModel model = view.requireModel(card.name());
        Map<AliasName, Version> remaining = new HashMap<>(model.aliases());
        remaining.values().removeIf(card.version()::equals);
        List<AliasName> removedAliases = model.aliases().keySet().stream()
                .filter(alias -> !remaining.containsKey(alias)).toList();
        TreeEdits edits = new TreeEdits().delete(RegistryLayout.versionDir(card.name(), card.version()));
        if (!removedAliases.isEmpty()) {
            StorableYaml.putModel(edits, model.withAliases(remaining));
        }
        CommitMessage.Builder message = ActionMessages.about("Delete " + card.name() + " " + card.version(),
                        RegistryAction.DELETE_VERSION, card.id())
                .trailer(RegistryTrailers.REMOVED, card.id().toString());
        removedAliases.forEach(alias -> message.trailer(RegistryTrailers.ALIAS, alias.value()));
        message.trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .trailer(RegistryTrailers.FORCED, Optional.of("true").filter(value -> forced));
        return WritePlan.commit(new DeleteResult(List.of(card.id()), removedAliases, forced, Optional.empty()), edits,
                message.build());
    }
}
