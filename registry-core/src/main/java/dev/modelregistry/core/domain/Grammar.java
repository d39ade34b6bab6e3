package dev.modelregistry.core.domain;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The lexical rules shared by the domain's names: a first character, body characters, an
 * optional last character and a maximum length, all ASCII. Also builds every usage error of
 * this package, so they all read {@code Invalid <noun> "<value>": <problem>; <fix>}.
 */
final class Grammar {

    /** One character class of a grammar: its regex and how it reads in an error message. */
    record CharClass(Pattern pattern, String description) {

        static CharClass of(String regex, String description) {
            return new CharClass(Pattern.compile(regex), description);
        }

        boolean contains(char c) {
            return pattern.matcher(String.valueOf(c)).matches();
        }
    }

    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])", Pattern.CASE_INSENSITIVE);
    private static final String LOCK_SUFFIX = ".lock";
    private static final int QUOTED_LENGTH = 80;

    private final Input input;
    private final String noun;
    private final int maxLength;
    private final CharClass first;
    private final CharClass body;
    private final CharClass last;
    private final String rule;
    private final Pattern pattern;

    /**
     * A grammar for {@code noun}; {@code last} may be {@code null} when the last character
     * follows the body rule. {@code rule} is the fix shown with every error.
     */
    Grammar(Input input, String noun, int maxLength, CharClass first, CharClass body,
            CharClass last, String rule) {
        this.input = Objects.requireNonNull(input);
        this.noun = Objects.requireNonNull(noun);
        this.maxLength = maxLength;
        this.first = Objects.requireNonNull(first);
        this.body = Objects.requireNonNull(body);
        this.last = last;
        this.rule = Objects.requireNonNull(rule);
        String regex = last == null
                ? first.pattern() + body.pattern().pattern() + "{0," + (maxLength - 1) + "}"
                : first.pattern() + "(?:" + body.pattern() + "{0," + (maxLength - 2) + "}"
                        + last.pattern() + ")?";
        this.pattern = Pattern.compile(regex);
    }

    /** The same characters and length, reported against another input under another noun. */
    Grammar reportedAs(Input otherInput, String otherNoun) {
        return new Grammar(otherInput, otherNoun, maxLength, first, body, last, rule);
    }

    /** Returns {@code value} unchanged if it follows the grammar, else throws the usage error. */
    String check(String value) {
        if (value == null) {
            throw missing();
        }
        Optional<String> problem = shapeProblem(value);
        if (problem.isPresent()) {
            throw invalid(value, problem.get());
        }
        return value;
    }

    /** What is wrong with the characters or length of a non-null {@code value}, if anything. */
    Optional<String> shapeProblem(String value) {
        if (pattern.matcher(value).matches()) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            return Optional.of("it is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return Optional.of("character " + describe(value.codePointAt(i)) + " at position "
                        + (i + 1) + " is not ASCII");
            }
        }
        if (value.length() > maxLength) {
            return Optional.of("it is " + value.length() + " characters long, the maximum is " + maxLength);
        }
        char head = value.charAt(0);
        if (!first.contains(head)) {
            return Optional.of("it must start with " + first.description() + ", not " + describe(head));
        }
        char tail = value.charAt(value.length() - 1);
        if (last != null && !last.contains(tail)) {
            return Optional.of("it must end with " + last.description() + ", not " + describe(tail));
        }
        for (int i = 1; i < value.length(); i++) {
            if (!body.contains(value.charAt(i))) {
                return Optional.of("character " + describe(value.charAt(i)) + " at position " + (i + 1)
                        + " is not allowed");
            }
        }
        return Optional.of("it does not match " + pattern.pattern());
    }

    /** Rejects a value ending in {@code .lock} in any case: Git reserves it for lock files. */
    void rejectLockSuffix(String value) {
        if (endsWithLock(value)) {
            throw invalid(value, "it ends with \"" + value.substring(value.length() - LOCK_SUFFIX.length())
                    + "\", which Git reserves for lock files", "remove or change that ending");
        }
    }

    /** Whether {@code value} ends with {@code .lock} in any case. */
    static boolean endsWithLock(String value) {
        return value.regionMatches(true, value.length() - LOCK_SUFFIX.length(), LOCK_SUFFIX, 0,
                LOCK_SUFFIX.length());
    }

    /** Rejects a value whose part before the first dot is a Windows device name such as CON. */
    void rejectWindowsDeviceName(String value) {
        int dot = value.indexOf('.');
        String stem = dot < 0 ? value : value.substring(0, dot);
        if (WINDOWS_DEVICE.matcher(stem).matches()) {
            throw invalid(value, quote(stem) + " is a reserved device name on Windows"
                    + " (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, in any case)",
                    "choose another name, e.g. " + quote(stem + "-model" + value.substring(stem.length())));
        }
    }

    /** Rejects {@value Selector#LATEST}, which {@code name@latest} reserves for the greatest version. */
    void rejectLatest(String value) {
        if (value.equals(Selector.LATEST)) {
            throw invalid(value, "it is reserved: name@" + Selector.LATEST + " selects the greatest version",
                    "choose another " + noun);
        }
    }

    /** The error for a missing (null) value. */
    RegistryUsageException missing() {
        return missing(input, noun, rule);
    }

    /** The error for a bad {@code value}, with this grammar's rule as the fix. */
    RegistryUsageException invalid(String value, String problem) {
        return invalid(value, problem, rule);
    }

    /** The error for a bad {@code value} with a specific fix. */
    RegistryUsageException invalid(String value, String problem, String fix) {
        return invalid(input, noun, value, problem, fix);
    }

    /** {@code The <noun> is missing; <fix>}. */
    static RegistryUsageException missing(Input input, String noun, String fix) {
        return new RegistryUsageException(input, "The " + noun + " is missing; " + fix);
    }

    /** {@code Invalid <noun> "<value>": <problem>; <fix>}. */
    static RegistryUsageException invalid(Input input, String noun, String value, String problem, String fix) {
        return new RegistryUsageException(input, "Invalid " + noun + " " + quoteStart(value) + ": " + problem + "; "
                + fix);
    }

    /**
     * Runs {@code parser} on a part of {@code whole} and reports its failure against the whole
     * value, keeping the part's message and the original error as cause.
     */
    static <T> T part(Input input, String noun, String whole, String fix, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RegistryUsageException e) {
            throw new RegistryUsageException(input,
                    "Invalid " + noun + " " + quoteStart(whole) + ": " + e.getMessage() + "; " + fix, e);
        }
    }

    /**
     * {@code value} {@linkplain #quote quoted}, or for a value longer than {@value #QUOTED_LENGTH}
     * characters its start, quoted, then {@code ... (N characters)}: an error names the value
     * without repeating a huge one.
     */
    static String quoteStart(String value) {
        if (value.length() <= QUOTED_LENGTH) {
            return quote(value);
        }
        int end = Character.isHighSurrogate(value.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
        return quote(value.substring(0, end)) + "... (" + value.length() + " characters)";
    }

    /**
     * {@code value} in double quotes; quotes and backslashes get a backslash, invisible characters
     * (controls, spaces other than ' ', format characters) become Java-style backslash-u escapes.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (isVisible(cp) || cp == ' ') {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", cp));
            }
        });
        return out.append('"').toString();
    }

    /** A character for an error message: {@code 'x'}, {@code 'é' (U+00E9)} or {@code U+0009}. */
    static String describe(int cp) {
        if (cp == ' ') {
            return "' ' (space)";
        }
        if (!isVisible(cp)) {
            return unicode(cp);
        }
        String shown = "'" + new String(Character.toChars(cp)) + "'";
        return cp < 0x7F ? shown : shown + " (" + unicode(cp) + ")";
    }

    private static boolean isVisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String unicode(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
