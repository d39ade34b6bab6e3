package dev.modelregistry.core;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.store.RegistryView;

/** Registers one version: picks or checks its version, writes its card, creates the model if new. */
final class Registration implements WriteOperation<ModelCard> {

    private final RegisterRequest request;
    private final Actor actor;
    private final Clock clock;
    private final Optional<String> requestId;

    /**
     * A registration of {@code request} by {@code actor}; {@code requestId} is the id of a
     * registration handed over by another process, recorded in the commit.
     */
    Registration(RegisterRequest request, Actor actor, Clock clock, Optional<String> requestId) {
        this.request = request;
        this.actor = actor;
        this.clock = clock;
        this.requestId = requestId;
    }

    @Override
    public WritePlan<ModelCard> plan(GitSnapshot head) {
        RegistryView view = new RegistryView(head);
        checkNameIsFree(view);
        Optional<ModelCard> repeat = sameBuildAndArtifact(view);
        if (repeat.isPresent()) {
            return WritePlan.unchanged(checkRepeat(repeat.get()));
        }
        List<Version> existing = view.versions(request.name());
        Version version = request.version().orElseGet(() -> request.bump().apply(
                existing.isEmpty() ? Optional.empty() : Optional.of(existing.get(existing.size() - 1))));
        checkVersionIsFree(existing, version);
        for (VersionId parent : request.lineage().parents()) {
            if (view.card(parent).isEmpty()) {
                throw new NotFoundException(Input.PARENT, "Parent " + parent + " is not in the registry; register it"
                        + " first or remove it from the lineage.");
            }
        }
        ModelCard card = new ModelCard(request.name(), version, view.policy().initialStage(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.toString(), request.description(),
                request.modelType(), request.framework(), request.taskType(), request.metrics(),
                request.hyperparameters(), request.tags(), request.artifact(), request.exports(), request.lineage(),
                request.configHash(), request.resources(), request.metadata(), request.prose());
        TreeEdits edits = StorableYaml.putCard(new TreeEdits(), card);
        if (view.model(request.name()).isEmpty()) {
            RegisteredModel model = RegisteredModel.named(request.name())
                    .withDetails("", request.owner(), request.taskType(), List.of());
            StorableYaml.putModel(edits, model);
        }
        return WritePlan.commit(card, edits, message(card));
    }

    private void checkNameIsFree(RegistryView view) {
        view.modelIgnoringCase(request.name()).filter(existing -> !existing.equals(request.name()))
                .ifPresent(existing -> {
                    throw new ConflictException(Input.NAME, "Model name \"" + request.name() + "\" clashes with the"
                            + " registered model \"" + existing + "\": names are unique regardless of case. Use \""
                            + existing + "\" or another name.");
                });
    }

    private Optional<ModelCard> sameBuildAndArtifact(RegistryView view) {
        String build = request.lineage().buildKey();
        if (build.isEmpty()) {
            return Optional.empty();
        }
        return view.cardsWithDigest(request.name(), request.artifact().sha256()).stream()
                .filter(card -> card.artifact().sha256().equals(request.artifact().sha256()))
                .filter(card -> card.lineage().buildKey().equals(build))
                .findFirst();
    }

    /** The earlier registration of this build's artifact, unless the request asks for another version. */
    private ModelCard checkRepeat(ModelCard existing) {
        request.version().filter(asked -> !asked.equals(existing.version())).ifPresent(asked -> {
            throw new ConflictException(Input.VERSION, "Cannot register " + request.name() + "@" + asked + ": this"
                    + " artifact was already registered by build " + existing.lineage().buildKey() + " as "
                    + existing.id() + "; ask for " + existing.version() + " to get that version, or register the"
                    + " artifact from another build.");
        });
        return existing;
    }

    private void checkVersionIsFree(List<Version> existing, Version version) {
        for (Version taken : existing) {
            if (taken.samePrecedence(version)) {
                throw new ConflictException(Input.VERSION, "Version " + request.name() + "@" + version
                        + " already exists" + (taken.equals(version) ? "" : " as " + taken)
                        + "; registered versions never change. Choose another version or bump instead.");
            }
        }
    }

    private CommitMessage message(ModelCard card) {
        return ActionMessages.about("Register " + card.name() + " " + card.version(), RegistryAction.REGISTER,
                        card.id())
                .trailer(RegistryTrailers.STAGE, card.stage().value())
                .trailer(RegistryTrailers.ARTIFACT_SHA256, card.artifact().sha256())
                .trailer(RegistryTrailers.BUILD, Optional.of(card.lineage().buildKey()).filter(b -> !b.isBlank()))
                .trailer(RegistryTrailers.REQUEST_ID, requestId)
                .build();
    }
}
