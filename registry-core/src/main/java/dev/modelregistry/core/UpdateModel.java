package dev.modelregistry.core;

import java.util.Optional;

import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.RegistryView;

/** Changes a model's description, owner, task type and tags in {@code model.yaml}; its aliases stay. */
final class UpdateModel implements WriteOperation<UpdateResult<RegisteredModel>> {

    private final UpdateModelRequest request;

    UpdateModel(UpdateModelRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<UpdateResult<RegisteredModel>> plan(GitSnapshot head) {
        RegisteredModel model = new RegistryView(head).requireModel(request.name());
        RegisteredModel updated = model.withDetails(request.description().orElse(model.description()),
                request.owner().orElse(model.owner()), request.taskType().orElse(model.taskType()),
                request.tags().applyTo(model.tags()));
        TreeEdits edits = StorableYaml.putModel(new TreeEdits(), updated);
        ChangedFields changed = new ChangedFields()
                .compare("description", model.description(), updated.description())
                .compare("owner", model.owner(), updated.owner())
                .compare("taskType", model.taskType(), updated.taskType())
                .compare("tags", model.tags(), updated.tags());
        UpdateResult<RegisteredModel> result = new UpdateResult<>(updated, changed.names(), Optional.empty());
        if (changed.isEmpty()) {
            return WritePlan.unchanged(result);
        }
        return WritePlan.commit(result, edits, ActionMessages.about("Update model " + model.name() + ": "
                        + changed.joined(), RegistryAction.UPDATE_MODEL, model.name())
                .trailer(RegistryTrailers.CHANGED, changed.joined())
                .trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .build());
    }
}
