package dev.modelregistry.core.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the usage errors of the domain types. */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * Asserts that {@code call} fails with a usage error blaming {@code input} whose one-line
     * message contains {@code fragment}; returns the error for further checks.
     */
    static RegistryUsageException assertUsageError(Input input, String fragment, Executable call) {
        RegistryUsageException error = assertThrows(RegistryUsageException.class, call);
        String message = error.getMessage();
        assertAll(
                () -> assertEquals(input, error.input(), message),
                () -> assertTrue(message.contains(fragment),
                        () -> "expected <" + fragment + "> in <" + message + ">"),
                () -> assertFalse(message.contains("\n"), () -> "multi-line message: " + message),
                () -> assertFalse(message.contains("Exception"), () -> "leaks a type: " + message));
        return error;
    }

    /** Asserts a usage error that quotes {@code value} as given and contains {@code fragment}. */
    static RegistryUsageException assertRejects(Input input, String value, String fragment, Executable call) {
        RegistryUsageException error = assertUsageError(input, fragment, call);
        assertTrue(error.getMessage().contains(Grammar.quoteStart(value)),
                () -> "expected the value " + Grammar.quoteStart(value) + " in <" + error.getMessage() + ">");
        return error;
    }
}
