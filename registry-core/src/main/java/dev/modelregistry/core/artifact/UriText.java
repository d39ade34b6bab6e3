package dev.modelregistry.core.artifact;

import java.util.regex.Pattern;

/** Shows URIs in messages without the user info ({@code user:password@}) some of them carry. */
final class UriText {

    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:/*)[^/?#@]*@");

    private UriText() {
    }

    /** {@code uri} with any user info replaced by {@code ***}. */
    static String redacted(String uri) {
        return USER_INFO.matcher(uri).replaceFirst("$1***@");
    }
}
