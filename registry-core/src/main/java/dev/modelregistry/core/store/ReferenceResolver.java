package dev.modelregistry.core.store;

import java.util.List;
import java.util.stream.Collectors;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.NotFoundException;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.card.RegisteredModel;
import dev.modelregistry.core.domain.AliasName;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.domain.Selector;
import dev.modelregistry.core.domain.StageName;
import dev.modelregistry.core.domain.Version;
import dev.modelregistry.core.domain.VersionId;

/**
 * Finds the card a reference means: {@code name@1.2.0} (that version), {@code name@latest} (the
 * greatest version), {@code name@production} (the greatest version in that stage) or
 * {@code name@champion} (the version the alias points to).
 */
public final class ReferenceResolver {

    private final RegistryView view;

    /** A resolver over {@code view}. */
    public ReferenceResolver(RegistryView view) {
        this.view = view;
    }

    /**
     * The card {@code reference} means.
     *
     * @throws NotFoundException naming what exists instead
     */
    public ModelCard resolve(ModelReference reference) {
        RegisteredModel model = view.requireModel(reference.name());
        Selector selector = reference.selector();
        if (selector instanceof Selector.ExactVersion exact) {
            return exact(reference, exact.version());
        }
        if (selector instanceof Selector.Named named) {
            return named(reference, model, named.value());
        }
        return greatest(reference, view.cards(model.name()));
    }

    /**
     * The version {@code reference} means. An exact version is found by its directory alone, so
     * its card is not read; other references read cards as {@link #resolve} does.
     *
     * @throws NotFoundException naming what exists instead
     */
    public VersionId resolveId(ModelReference reference) {
        if (reference.selector() instanceof Selector.ExactVersion exact) {
            view.requireModel(reference.name());
            VersionId id = new VersionId(reference.name(), exact.version());
            if (!view.hasVersion(id)) {
                throw noSuchVersion(reference);
            }
            return id;
        }
        return resolve(reference).id();
    }

    private ModelCard exact(ModelReference reference, Version version) {
        return view.card(new VersionId(reference.name(), version)).orElseThrow(() -> noSuchVersion(reference));
    }

    private NotFoundException noSuchVersion(ModelReference reference) {
        return new NotFoundException(Input.VERSION, "No version " + reference + " in the registry; the versions of "
                + reference.name() + " are: " + describe(view.versions(reference.name())) + ".");
    }

    private ModelCard named(ModelReference reference, RegisteredModel model, String selector) {
        if (view.policy().hasStage(selector)) {
            StageName stage = StageName.of(selector);
            List<ModelCard> inStage = view.cards(model.name()).stream().filter(c -> c.stage().equals(stage)).toList();
            if (inStage.isEmpty()) {
                throw new NotFoundException(Input.REFERENCE, "No version of " + model.name() + " is in " + stage
                        + "; promote one first, or ask for another stage, an alias or a version.");
            }
            return greatest(reference, inStage);
        }
        AliasName alias = AliasName.of(selector);
        Version version = model.alias(alias).orElseThrow(() -> new NotFoundException(Input.REFERENCE,
                "\"" + selector + "\" in " + reference + " is neither a stage (" + String.join(", ",
                        view.policy().stages().keySet().stream().map(StageName::value).toList())
                        + ") nor an alias of " + model.name() + " (" + (model.aliases().isEmpty() ? "it has none"
                        : model.aliases().keySet().stream().map(AliasName::value).collect(Collectors.joining(", ")))
                        + ")."));
        return exact(reference, version);
    }

    private static ModelCard greatest(ModelReference reference, List<ModelCard> cards) {
        if (cards.isEmpty()) {
            throw new NotFoundException(Input.REFERENCE, "Model " + reference.name() + " has no versions yet;"
                    + " register one first.");
        }
        return cards.get(cards.size() - 1);
    }

    private static String describe(List<Version> versions) {
        return versions.isEmpty() ? "none" : versions.stream().map(Version::toString).collect(Collectors.joining(", "));
    }
}
