package dev.modelregistry.core.policy;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * An owner as a Git host's {@code CODEOWNERS} file names one: a user {@code @alice}, a team or
 * group {@code @acme/ml-platform} (GitLab: nested groups too), or an e-mail address
 * {@code alice@example.com}. At most 100 characters of ASCII, with no spaces, so that an owner
 * can never add a line or another owner to the generated file.
 *
 * @param value the owner exactly as given
 */
public record Owner(String value) {

    private static final int MAX_LENGTH = 100;
    private static final Pattern HANDLE =
            Pattern.compile("@[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?:/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)*");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** Validates {@code value}; throws a {@link RegistryUsageException} (OTHER) naming the forms an owner takes. */
    public Owner {
        if (value == null || value.length() > MAX_LENGTH
                || !(HANDLE.matcher(value).matches() || EMAIL.matcher(value).matches())) {
            throw new RegistryUsageException(Input.OTHER, "Invalid owner " + shown(value) + ": an owner is a user"
                    + " (@alice), a team (@acme/ml-platform) or an e-mail address (alice@example.com) of at most "
                    + MAX_LENGTH + " characters, without spaces");
        }
    }

    /** {@code value} quoted for an error: shortened, with control characters as {@code \\uXXXX}. */
    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String start = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        StringBuilder text = new StringBuilder("\"");
        start.chars().forEach(c -> text.append(Character.isISOControl(c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        text.append('"');
        return value.length() > MAX_LENGTH ? text + "... (" + value.length() + " characters)" : text.toString();
    }

    /** Parses an owner; see {@link Owner}. */
    public static Owner of(String value) {
        return new Owner(value);
    }

    /** True for an e-mail address, which a commit's author or a merge's approver can be matched against. */
    public boolean isEmail() {
        return !value.startsWith("@");
    }

    /** True when this owner is the e-mail address {@code email}, regardless of case. */
    public boolean isEmail(String email) {
        return isEmail() && value.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
