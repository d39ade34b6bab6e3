package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.git.Actor;

class ActorParameterTest {

    @Test
    void parsesAGitIdentity() {
        assertEquals(new Actor("Alice Analyst", "alice@example.com"),
                ActorParameter.parse(" Alice Analyst  < alice@example.com > "));
        assertEquals(new Actor("ci-bot", ""), ActorParameter.parse("ci-bot <>"));
    }

    @Test
    void refusesOtherFormsShowingTheExpectedOne() {
        for (String bad : new String[] {"alice@example.com", "<alice@example.com>", "Alice <a@x> <b@y>", "Al\nice <a@x>"}) {
            RegistryUsageException e = assertThrows(RegistryUsageException.class, () -> ActorParameter.parse(bad));
            assertEquals(Input.ACTOR, e.input());
            assertTrue(e.getMessage().contains("Alice Analyst <alice@example.com>"), e.getMessage());
        }
    }
}
