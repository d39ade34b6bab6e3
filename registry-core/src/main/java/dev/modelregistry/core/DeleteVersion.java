package dev.modelregistry.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
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
 * version in a protected stage, or whose card cannot be read, needs force; see {@link RemovalGuard}.
 */
final class DeleteVersion implements WriteOperation<DeleteResult> {

    private final DeleteRequest request;

    DeleteVersion(DeleteRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<DeleteResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        VersionId id = new ReferenceResolver(view).resolveId(request.reference());
        boolean forced = new RemovalGuard(view, request.force(), "it").check(List.of(id));
        RegisteredModel model = view.requireModel(id.name());
        Map<AliasName, Version> remaining = new HashMap<>(model.aliases());
        remaining.values().removeIf(id.version()::equals);
        List<AliasName> removedAliases = model.aliases().keySet().stream()
                .filter(alias -> !remaining.containsKey(alias)).toList();
        TreeEdits edits = new TreeEdits().delete(RegistryLayout.versionDir(id.name(), id.version()));
        if (!removedAliases.isEmpty()) {
            StorableYaml.putModel(edits, model.withAliases(remaining));
        }
        CommitMessage.Builder message = ActionMessages.about("Delete " + id.name() + " " + id.version(),
                        RegistryAction.DELETE_VERSION, id)
                .trailer(RegistryTrailers.REMOVED, id.toString());
        removedAliases.forEach(alias -> message.trailer(RegistryTrailers.ALIAS, alias.value()));
        message.trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .trailer(RegistryTrailers.FORCED, Optional.of("true").filter(value -> forced));
        return WritePlan.commit(new DeleteResult(List.of(id), removedAliases, forced, Optional.empty()), edits,
                message.build());
    }
}
