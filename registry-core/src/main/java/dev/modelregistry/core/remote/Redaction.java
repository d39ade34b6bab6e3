package dev.modelregistry.core.remote;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of text meant for people: messages of the transport, the remote's own
 * messages, and URLs with user info.
 */
final class Redaction {

    /** The user of an {@code http(s)} URL, which may be a token ({@code https://TOKEN@host/...}). */
    private static final Pattern HTTP_USER = Pattern.compile("(?i)(https?://)[^/?#@\\s]+@");
    /** The password of any URL ({@code scheme://user:password@host}). */
    private static final Pattern PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/:?#@\\s]*):[^/?#@\\s]*@");
    /** Secrets shorter than this are not searched for: they would mask ordinary words. */
    private static final int SHORTEST_SECRET = 4;

    private Redaction() {
    }

    /** {@code text} with the credentials of any URL in it replaced by {@code ***}. */
    static String ofUrl(String text) {
        String withoutPasswords = PASSWORD.matcher(text).replaceAll("$1:***@");
        return HTTP_USER.matcher(withoutPasswords).replaceAll("$1***@");
    }

    /** {@code text} with every one of {@code secrets} and URL credentials replaced by {@code ***}. */
    static String of(String text, Collection<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret.length() >= SHORTEST_SECRET) {
                result = result.replace(secret, "***");
            }
        }
        return ofUrl(result);
    }
}
