package dev.modelregistry.maven;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A parameter that lists several values in one text, separated by commas: {@code churn@1.0.0, churn@production}. */
final class CommaList {

    private CommaList() {
    }

    /** The items of {@code text}, trimmed, without empty ones; none for null. */
    static List<String> items(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * The items of a list parameter, each also split at commas, trimmed, without empty ones; none
     * for null. Maven passes an empty item of {@code -Dmodel.tags=a,,b} as null, which is skipped.
     */
    static List<String> items(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).flatMap(value -> items(value).stream()).toList();
    }
}
