package dev.modelregistry.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.InvalidRegistryFileException;
import java.nio.charset.StandardCharsets;

/** Shared helpers for the YAML tests. */
final class YamlTestSupport {

    static final String PATH = "models/churn/1.2.0/card.yaml";

    private YamlTestSupport() {
    }

    static YamlMapping read(String yaml) {
        return new StrictYamlReader().read(PATH, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts that {@code content} is refused at {@code line} with a message containing {@code phrase}. */
    static InvalidRegistryFileException assertRefused(byte[] content, int line, String phrase) {
        InvalidRegistryFileException e = assertThrows(InvalidRegistryFileException.class,
                () -> new StrictYamlReader().read(PATH, content));
        String location = line > 0 ? PATH + ":" + line + ": " : PATH + ": ";
        assertTrue(e.getMessage().startsWith(location), () -> "expected location " + location + " in: " + e.getMessage());
        assertTrue(e.getMessage().contains(phrase), () -> "expected '" + phrase + "' in: " + e.getMessage());
        assertTrue(e.getMessage().contains("; "), () -> "expected a fix in: " + e.getMessage());
        assertEquals(line, e.line());
        return e;
    }

    static InvalidRegistryFileException assertRefused(String yaml, int line, String phrase) {
        return assertRefused(yaml.getBytes(StandardCharsets.UTF_8), line, phrase);
    }
}
