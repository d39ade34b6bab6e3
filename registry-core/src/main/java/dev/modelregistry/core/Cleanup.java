package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
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
 * Removes old versions by retention, in one commit: of each model it keeps the newest N by
 * precedence, every version in a protected stage, every version under an alias, and every lineage
 * parent of a version that stays. A dry run, or nothing to remove, writes nothing.
 */
final class Cleanup implements WriteOperation<CleanupResult> {

    /** Subjects list the models' names up to this many, else count them. */
    private static final int NAMED_MODELS = 3;

    private final CleanupRequest request;

    Cleanup(CleanupRequest request) {
        this.request = request;
    }

    @Override
    public WritePlan<CleanupResult> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        int keep = request.keepLatest().orElse(view.policy().retention().keepLatest());
        Set<StageName> protectedStages = view.policy().protectedStages();
        List<ModelName> models = request.model().map(name -> List.of(view.requireModel(name).name()))
                .orElseGet(view::modelNames);
        List<VersionId> considered = new ArrayList<>();
        Set<VersionId> removing = new HashSet<>();
        Map<VersionId, KeptVersion> kept = new HashMap<>();
        for (ModelName name : models) {
            RegisteredModel model = view.requireModel(name);
            List<ModelCard> cards = view.cards(name);
            for (int i = 0; i < cards.size(); i++) {
                ModelCard card = cards.get(i);
                considered.add(card.id());
                Optional<KeptVersion> why = whyKeep(card, model, cards.size() - i <= keep, keep, protectedStages);
                why.ifPresentOrElse(k -> kept.put(card.id(), k), () -> removing.add(card.id()));
            }
        }
        keepParents(view.readableCards(), removing, kept);
        List<VersionId> removed = considered.stream().filter(removing::contains).toList();
        CleanupResult result = new CleanupResult(removed, considered.stream().filter(kept::containsKey)
                .map(kept::get).toList(), request.dryRun(), Optional.empty());
        if (request.dryRun() || removed.isEmpty()) {
            return WritePlan.unchanged(result);
        }
        TreeEdits edits = new TreeEdits();
        removed.forEach(id -> edits.delete(RegistryLayout.versionDir(id.name(), id.version())));
        return WritePlan.commit(result, edits, message(removed, keep));
    }

    private static Optional<KeptVersion> whyKeep(ModelCard card, RegisteredModel model, boolean newest, int keep,
            Set<StageName> protectedStages) {
        if (newest) {
            return Optional.of(new KeptVersion(card.id(), KeptVersion.Reason.NEWEST, "one of the newest " + keep));
        }
        if (protectedStages.contains(card.stage())) {
            return Optional.of(new KeptVersion(card.id(), KeptVersion.Reason.PROTECTED_STAGE,
                    "in " + card.stage() + ", a protected stage"));
        }
        List<String> aliases = model.aliases().entrySet().stream().filter(e -> e.getValue().equals(card.version()))
                .map(e -> e.getKey().value()).toList();
        if (!aliases.isEmpty()) {
            return Optional.of(new KeptVersion(card.id(), KeptVersion.Reason.ALIAS,
                    "under alias " + String.join(", ", aliases)));
        }
        return Optional.empty();
    }

    /**
     * Keeps every version that a version staying in the registry names as a lineage parent, and
     * so on up the lineage: lineage cannot be edited, so a removed parent would be missing for good.
     */
    private static void keepParents(List<ModelCard> allCards, Set<VersionId> removing, Map<VersionId, KeptVersion> kept) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ModelCard card : allCards) {
                if (removing.contains(card.id())) {
                    continue;
                }
                for (VersionId parent : card.lineage().parents()) {
                    if (removing.remove(parent)) {
                        kept.put(parent, new KeptVersion(parent, KeptVersion.Reason.PARENT,
                                "lineage parent of " + card.id()));
                        changed = true;
                    }
                }
            }
        }
    }

    private CommitMessage message(List<VersionId> removed, int keep) {
        Set<ModelName> models = removed.stream().map(VersionId::name).collect(Collectors.toCollection(LinkedHashSet::new));
        String of = models.size() <= NAMED_MODELS
                ? models.stream().map(ModelName::value).collect(Collectors.joining(", "))
                : models.size() + " models";
        CommitMessage.Builder message = CommitMessage.builder("Clean up " + removed.size() + " old version"
                        + (removed.size() == 1 ? "" : "s") + " of " + of)
                .trailer(RegistryTrailers.REGISTRY_ACTION, RegistryAction.CLEANUP.trailerValue());
        models.forEach(name -> message.trailer(RegistryTrailers.MODEL, name.value()));
        message.trailer(RegistryTrailers.KEEP_LATEST, Integer.toString(keep));
        removed.forEach(id -> message.trailer(RegistryTrailers.REMOVED, id.toString()));
        return message.trailer(RegistryTrailers.REASON, Reasons.trailer(request.reason())).build();
    }
}
