package dev.modelregistry.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.git.RegistryRepository;
import dev.modelregistry.core.history.HistoryIndex;
import dev.modelregistry.core.store.RegistryView;

/**
 * Answers "which versions of a model held a stage at a moment": the registry's state then is the
 * newest commit on the branch's first-parent chain made at or before that moment.
 */
final class StageHistory {

    private final RegistryRepository repository;
    private final HistoryReader history;

    StageHistory(RegistryRepository repository, HistoryIndex index) {
        this.repository = repository;
        this.history = new HistoryReader(repository, index);
    }

    /**
     * The versions of {@code model} in {@code stage} at {@code at}, lowest precedence first; empty
     * when the registry or the model did not exist yet.
     *
     * @throws IllegalTransitionException when {@code stage} is not one of the registry's stages now
     * @throws NotFoundException when the model exists neither now nor at {@code at}
     */
    List<StageHolding> holders(ModelName model, StageName stage, Instant at) {
        boolean modelNow = repository.read(snapshot -> {
            RegistryView view = new RegistryView(snapshot);
            view.policy().stage(stage);
            return view.model(model).isPresent();
        });
        Optional<ObjectId> state = history.stateAt(at).map(ObjectId::fromString);
        Optional<List<ModelCard>> cards = state.flatMap(commit -> repository.readAt(commit, snapshot -> {
            RegistryView view = new RegistryView(snapshot);
            return view.model(model).map(m -> view.cards(model).stream().filter(c -> c.stage().equals(stage)).toList());
        }));
        if (cards.isEmpty()) {
            if (!modelNow) {
                throw new NotFoundException(Input.NAME, "No model named \"" + model + "\" in the registry, now or at "
                        + at + "; list the models to see their names.");
            }
            return List.of();
        }
        ObjectId commit = state.orElseThrow();
        return cards.get().stream()
                .map(card -> new StageHolding(card, movedIn(card, stage, commit), commit.name()))
                .toList();
    }

    /**
     * The newest event of the version, up to {@code state}, that names the stage it entered, when
     * that stage is {@code stage}. Anything else means the move into {@code stage} came later,
     * without a registry record.
     */
    private Optional<AuditEvent> movedIn(ModelCard card, StageName stage, ObjectId state) {
        return history.read(HistoryQuery.forVersion(card.id()), state.name()).stream()
                .filter(event -> event.to().isPresent())
                .findFirst()
                .filter(event -> event.to().get().equals(stage));
    }
}
