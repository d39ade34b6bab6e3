package dev.modelregistry.core;

import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Removes a model's whole directory: {@code model.yaml}, its aliases and every version. A model
 * with a version in a protected stage, or whose {@code model.yaml} or a card cannot be read, needs
 * force; see {@link RemovalGuard}.
 */
final class DeleteModel implements WriteOperation<DeleteResult> {

    private final DeleteModelRequest request;

    DeleteModel(DeleteModelRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<DeleteResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        Optional<RegisteredModel> readable = readableModel(view);
        RegisteredModel model = readable.orElseGet(() -> RegisteredModel.named(request.name()));
        List<VersionId> removed = view.versions(model.name()).stream()
                .map(version -> new VersionId(model.name(), version)).toList();
        boolean forced = new RemovalGuard(view, request.force(), "model " + model.name()).check(removed)
                || readable.isEmpty();
        CommitMessage.Builder message = ActionMessages.about("Delete model " + model.name(),
                RegistryAction.DELETE_MODEL, model.name());
        removed.forEach(id -> message.trailer(RegistryTrailers.REMOVED, id.toString()));
        message.trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .trailer(RegistryTrailers.FORCED, Optional.of("true").filter(value -> forced));
        DeleteResult result = new DeleteResult(removed, List.copyOf(model.aliases().keySet()), forced,
                Optional.empty());
        return WritePlan.commit(result, new TreeEdits().delete(RegistryLayout.modelDir(model.name())),
                message.build());
    }

    /**
     * The model, or empty when its {@code model.yaml} cannot be read and force deletes the model by
     * its directory alone (its aliases, kept in that file, go with it unnamed).
     */
    private Optional<RegisteredModel> readableModel(RegistryView view) {
        try {
            return Optional.of(view.requireModel(request.name()));
        } catch (InvalidRegistryFileException e) {
            if (request.force()) {
                return Optional.empty();
            }
            throw new InvalidRegistryFileException(e.path(), e.line(), e.problem(), e.fix()
                    + ", or repeat with force to delete model " + request.name() + " as it is");
        }
    }
}
