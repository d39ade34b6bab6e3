package dev.modelregistry.core.yaml;

/**
 * Finds characters that registry text may not contain: control characters other than tab and
 * line breaks, and unpaired surrogates (half of a character, which no UTF-8 file can hold).
 */
final class ForbiddenCharacters {

    private ForbiddenCharacters() {
    }

    /**
     * The index of the first forbidden character in {@code text}, or -1. A carriage return is
     * allowed only when {@code allowCarriageReturn} (as a line break in a file).
     */
    static int indexOf(String text, boolean allowCarriageReturn) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            } else if (!(c == '\t' || c == '\n' || (allowCarriageReturn && c == '\r'))
                    && Character.getType(c) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }

    /** Names a forbidden character, e.g. {@code control character U+0007} or {@code unpaired surrogate U+D800}. */
    static String describe(char c) {
        return (Character.isSurrogate(c) ? "unpaired surrogate " : "control character ")
                + String.format("U+%04X", (int) c);
    }

    /** How to fix a forbidden character, where {@code whitespace} names the control characters allowed. */
    static String fix(char c, String whitespace) {
        return Character.isSurrogate(c)
                ? "write the whole character (both halves of its surrogate pair, such as \\uD83D\\uDE00) or remove it"
                : "remove it; only " + whitespace + " may appear";
    }
}
