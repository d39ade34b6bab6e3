package dev.modelregistry.core.yaml;

/** Finds control characters that registry files may not contain; tab and newline are allowed. */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * The index of the first forbidden control character in {@code text}, or -1. A carriage
     * return is allowed only when {@code allowCarriageReturn} (as a line break in a file).
     */
    static int indexOfForbidden(String text, boolean allowCarriageReturn) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || (allowCarriageReturn && c == '\r');
            if (!allowed && Character.getType(c) == Character.CONTROL) {
                return i;
            }
        }
        return -1;
    }

    /** Names a character the way Unicode does, e.g. {@code U+0007}. */
    static String name(char c) {
        return String.format("U+%04X", (int) c);
    }
}
