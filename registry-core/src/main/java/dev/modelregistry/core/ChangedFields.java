package dev.modelregistry.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the names of the fields whose value an update changed, in the order they were compared. */
final class ChangedFields {

    private final List<String> names = new ArrayList<>();

    /** Records {@code field} as changed unless {@code before} equals {@code after}. */
    ChangedFields compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            names.add(field);
        }
        return this;
    }

    /** The changed fields' names. */
    List<String> names() {
        return List.copyOf(names);
    }

    /** True when nothing changed. */
    boolean isEmpty() {
        return names.isEmpty();
    }

    /** The names joined by {@code ", "}, as the {@code Changed} trailer and subjects show them. */
    String joined() {
        return String.join(", ", names);
    }
}
