package dev.modelregistry.core.card;

import java.util.List;
import java.util.Objects;

/**
 * The written part of a model card, as Hugging Face and Google model cards have it: intended use,
 * limitations, ethical considerations, and the input features. Empty strings when not written.
 */
public record CardProse(String intendedUse, String limitations, String ethicalConsiderations, List<String> features) {

    /** No prose written. */
    public static final CardProse NONE = new CardProse("", "", "", List.of());

    /** Copies the features and refuses nulls. */
    public CardProse {
        Objects.requireNonNull(intendedUse, "intendedUse");
        Objects.requireNonNull(limitations, "limitations");
        Objects.requireNonNull(ethicalConsiderations, "ethicalConsiderations");
        features = List.copyOf(features);
    }
}
