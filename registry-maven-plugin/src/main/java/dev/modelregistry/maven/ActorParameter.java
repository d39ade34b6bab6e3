package dev.modelregistry.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.git.Actor;

/** Reads the {@code model.actor} parameter, written like a Git identity: {@code Name <email>}. */
public final class ActorParameter {

    private static final Pattern IDENTITY = Pattern.compile("\\s*([^<>\\p{Cc}]*?)\\s*<\\s*([^<>\\p{Cc}]*?)\\s*>\\s*");

    private ActorParameter() {
    }

    /** Parses {@code Name <email>}; throws a usage error (ACTOR) showing the expected form otherwise. */
    public static Actor parse(String value) {
        Matcher matcher = IDENTITY.matcher(value);
        if (matcher.matches() && !matcher.group(1).isEmpty()) {
            return new Actor(matcher.group(1), matcher.group(2));
        }
        throw new RegistryUsageException(Input.ACTOR, "Invalid actor \"" + value + "\": write it as a Git identity,"
                + " a name and an email in angle brackets on one line, e.g. \"Alice Analyst <alice@example.com>\".");
    }
}
