package dev.modelregistry.core;

import java.util.Arrays;
import java.util.Optional;

/** What a registry commit did: the value of its {@code Registry-Action} trailer. */
public enum RegistryAction {
    /** A new version was registered. */
    REGISTER("register"),
    /** A version moved to another stage. */
    TRANSITION("transition"),
    /** An alias was set or moved. */
    SET_ALIAS("set-alias"),
    /** An alias was removed. */
    REMOVE_ALIAS("remove-alias"),
    /** A card's editable metadata changed. */
    UPDATE_VERSION("update-version"),
    /** A model's description, owner or tags changed. */
    UPDATE_MODEL("update-model"),
    /** A version's files were removed. */
    DELETE_VERSION("delete-version"),
    /** A whole model's files were removed. */
    DELETE_MODEL("delete-model"),
    /** Old versions were removed by retention. */
    CLEANUP("cleanup"),
    /** The {@code CODEOWNERS} file was written from the owners in {@code registry.yaml}. */
    WRITE_CODEOWNERS("write-codeowners");

    private final String trailerValue;

    RegistryAction(String trailerValue) {
        this.trailerValue = trailerValue;
    }

    /** The value written in the {@code Registry-Action} trailer. */
    public String trailerValue() {
        return trailerValue;
    }

    /** The action a trailer value names. */
    public static Optional<RegistryAction> fromTrailer(String value) {
        return Arrays.stream(values()).filter(a -> a.trailerValue.equals(value)).findFirst();
    }
}
