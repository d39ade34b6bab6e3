package dev.modelregistry.core.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import dev.modelregistry.core.InvalidRegistryFileException;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;

/** Turns the parser's exceptions into short, located {@link InvalidRegistryFileException}s. */
final class SyntaxErrors {

    private static final int MAX_PROBLEM_LENGTH = 200;

    private SyntaxErrors() {
    }

    /** The registry error for {@code failure}, thrown by {@code parser} while reading {@code path}. */
    static InvalidRegistryFileException translate(String path, EventYamlParser parser,
            JsonProcessingException failure) {
        if (failure.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new InvalidRegistryFileException(path, marked.getProblemMark().getLine() + 1,
                    "invalid YAML: " + clean(marked.getProblem()),
                    "fix the syntax (indent with spaces, close every bracket and quote)");
        }
        int line = line(parser, failure);
        if (failure instanceof StreamConstraintsException) {
            return new InvalidRegistryFileException(path, line, clean(failure.getOriginalMessage()),
                    "simplify the file; nesting deeper than " + StrictYamlReader.MAX_DEPTH + " levels is refused");
        }
        if (isComplexKey(parser, failure)) {
            return new InvalidRegistryFileException(path, line,
                    "a mapping key must be a plain string, not a list, mapping or alias",
                    "use a simple text key");
        }
        return new InvalidRegistryFileException(path, line, "invalid YAML: " + clean(failure.getOriginalMessage()),
                "fix the syntax");
    }

    /** Jackson reports a non-scalar key with a generic message; the event tells what it was. */
    private static boolean isComplexKey(EventYamlParser parser, JsonProcessingException failure) {
        Event event = parser.lastEvent();
        return !(failure instanceof JacksonYAMLParseException)
                && parser.getParsingContext().inObject()
                && (event instanceof CollectionStartEvent || event instanceof AliasEvent);
    }

    private static int line(EventYamlParser parser, JsonProcessingException failure) {
        JsonLocation location = failure.getLocation();
        if (location == null || location.getLineNr() < 1) {
            location = parser.currentLocation();
        }
        return Math.max(location.getLineNr(), 0);
    }

    /** One lower-case line of text without Jackson's pointers to its own configuration methods. */
    private static String clean(String message) {
        String text = message.replaceAll(",? from `[^`]*`", "").replaceAll("\\s+", " ").trim();
        text = text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
        return text.length() <= MAX_PROBLEM_LENGTH ? text : text.substring(0, MAX_PROBLEM_LENGTH) + "...";
    }
}
