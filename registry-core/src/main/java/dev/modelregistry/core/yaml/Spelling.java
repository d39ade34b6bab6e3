package dev.modelregistry.core.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Suggests the allowed word a misspelt one was probably meant to be. */
final class Spelling {

    private static final int MAX_EDITS = 2;

    private Spelling() {
    }

    /** The candidate closest to {@code word}, if it is at most two edits away and not the whole word. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> distance(word, candidate) <= Math.min(MAX_EDITS, word.length() - 1))
                .min(Comparator.comparingInt(candidate -> distance(word, candidate)));
    }

    /** The Levenshtein distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
