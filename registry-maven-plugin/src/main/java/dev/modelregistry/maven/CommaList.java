package dev.modelregistry.maven;

import java.util.Arrays;
import java.util.List;

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
}
