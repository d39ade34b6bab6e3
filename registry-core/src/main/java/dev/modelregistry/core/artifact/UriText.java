package dev.modelregistry.core.artifact;

import java.util.regex.Pattern;

/**
 * Shows URIs in messages without the credentials some of them carry: the user info
 * ({@code user:password@}) and the query ({@code ?token=...}, as signed URLs have).
 */
final class UriText {

    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:/*)[^/?#@]*@");

    private static final Pattern QUERY = Pattern.compile("\\?[^#]*");

    private UriText() {
    }

    /** {@code uri} with any user info and query replaced by {@code ***}. */
    static String redacted(String uri) {
        return QUERY.matcher(USER_INFO.matcher(uri).replaceFirst("$1***@")).replaceFirst("?***");
    }
}
