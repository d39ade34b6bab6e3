package dev.modelregistry.core.remote;

import static dev.modelregistry.core.git.CommitMessage.first;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.git.BranchName;
import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.Trailer;

/**
 * Names review branches after the change they hold, from the commit's trailers:
 * {@code registry/<verb>/<model>[/<leaf>]}, the verb being {@code promote} for every stage change
 * and the {@code Registry-Action} otherwise, and the leaf joining with {@code -} what the change
 * is about: the alias, the version and the stage entered.
 *
 * <pre>
 * registry/promote/churn/1.2.0-production        transition
 * registry/register/churn/1.3.0                  register
 * registry/set-alias/churn/champion-1.2.0        set-alias
 * registry/update-model/churn                    update-model
 * registry/cleanup/3-models                      cleanup of several models
 * </pre>
 *
 * Names, versions, stages and aliases are ref-safe by their grammars, so the name needs no escaping.
 */
final class ReviewBranches {

    private ReviewBranches() {
    }

    /** The review branch for a commit with {@code message}, without {@code refs/heads/}. */
    static String nameFor(CommitMessage message) {
        List<Trailer> trailers = message.trailers();
        String action = first(trailers, RegistryTrailers.REGISTRY_ACTION).orElse("change");
        boolean transition = action.equals("transition");
        List<String> models = trailers.stream().filter(t -> t.key().equals(RegistryTrailers.MODEL))
                .map(Trailer::value).toList();
        String model = models.size() == 1 ? models.get(0) : models.size() + "-models";
        List<String> leaf = new ArrayList<>();
        first(trailers, RegistryTrailers.ALIAS).ifPresent(leaf::add);
        first(trailers, RegistryTrailers.MODEL_VERSION).ifPresent(leaf::add);
        (transition ? first(trailers, RegistryTrailers.STAGE) : Optional.<String>empty()).ifPresent(leaf::add);
        String name = "registry/" + (transition ? "promote" : action) + "/" + model
                + (leaf.isEmpty() ? "" : "/" + String.join("-", leaf));
        if (!BranchName.isValid(name)) {
            throw new RegistryInternalException("The review branch name \"" + name + "\" is not a valid Git branch"
                    + " name; the commit's trailers break their grammars.", null);
        }
        return name;
    }
}
