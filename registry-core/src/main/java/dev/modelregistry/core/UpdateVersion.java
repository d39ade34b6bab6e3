package dev.modelregistry.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.ReferenceResolver;
import dev.modelregistry.core.store.RegistryView;

/**
 * Changes the editable metadata of a version's card: description, tags, metrics, metadata and
 * prose. An update that changes nothing writes nothing.
 */
final class UpdateVersion implements WriteOperation<UpdateResult<ModelCard>> {

    private final UpdateVersionRequest request;

    UpdateVersion(UpdateVersionRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<UpdateResult<ModelCard>> plan(GitSnapshot head) {
        ModelCard card = new ReferenceResolver(new RegistryView(head)).resolve(request.reference());
        Map<String, Double> metrics = new HashMap<>(card.metrics());
        metrics.putAll(request.metrics());
        Map<String, Object> metadata = new HashMap<>(card.metadata());
        metadata.putAll(request.metadata());
        ModelCard updated = card.withEditableFields(request.description().orElse(card.description()),
                request.tags().applyTo(card.tags()), metrics, metadata, request.prose().orElse(card.prose()));
        TreeEdits edits = StorableYaml.putCard(new TreeEdits(), updated);
        ChangedFields changed = new ChangedFields()
                .compare("description", card.description(), updated.description())
                .compare("metrics", card.metrics(), updated.metrics())
                .compare("tags", card.tags(), updated.tags())
                .compare("metadata", card.metadata(), updated.metadata())
                .compare("card", card.prose(), updated.prose());
        UpdateResult<ModelCard> result = new UpdateResult<>(changed.isEmpty() ? card : updated, changed.names(),
                Optional.empty());
        if (changed.isEmpty()) {
            return WritePlan.unchanged(result);
        }
        return WritePlan.commit(result, edits, ActionMessages.about("Update " + card.name() + " " + card.version()
                        + ": " + changed.joined(), RegistryAction.UPDATE_VERSION, card.id())
                .trailer(RegistryTrailers.CHANGED, changed.joined())
                .trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason()))
                .build());
    }
}
