package dev.modelregistry.core.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.eclipse.jgit.lib.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.domain.ModelReference;
import dev.modelregistry.core.testing.GitCli;
import dev.modelregistry.core.testing.Samples;
import dev.modelregistry.core.testing.TestRegistries;

class ActorTest {

    private static final String FIX = "; give a name and an email of one line each without '<' or '>', such as"
            + " \"Alice Analyst\" and \"alice@example.com\": in the registry options, or as user.name and user.email"
            + " in Git's configuration.";

    private static RegistryUsageException refused(String name, String email) {
        RegistryUsageException error = assertThrows(RegistryUsageException.class, () -> new Actor(name, email));
        assertEquals(Input.ACTOR, error.input());
        return error;
    }

    @Test
    void aBadNameOrEmailIsAUsageErrorNamingTheValueAndTheFix() {
        assertEquals("The actor's name \"Eve <eve@example.com>\" contains '<', '>' or a line break" + FIX,
                refused("Eve <eve@example.com>", "eve@example.com").getMessage());
        assertEquals("The actor's email \"eve@example.com\\u000Aevil\" contains '<', '>' or a line break" + FIX,
                refused("Eve", "eve@example.com\nevil").getMessage());
        assertEquals("The actor's name is empty" + FIX, refused(" ", "eve@example.com").getMessage());
        assertEquals("The actor has no email" + FIX, refused("Eve", null).getMessage());
    }

    @Test
    void aGitUserNameWithAngleBracketsIsAUsageError() {
        Config config = new Config();
        config.setString("user", null, "name", "Eve <eve>");
        config.setString("user", null, "email", "eve@example.com");
        RegistryUsageException error = assertThrows(RegistryUsageException.class, () -> Actor.fromGitConfig(config));
        assertEquals(Input.ACTOR, error.input());
        assertEquals("The actor's name \"Eve <eve>\" contains '<', '>' or a line break" + FIX, error.getMessage());
    }

    @Test
    void aRegistryWhoseGitUserNameIsUnusableStillReadsAndAWriteSaysWhy(@TempDir Path dir) {
        Path path = dir.resolve("r");
        try (ModelRegistry registry = ModelRegistry.openOrInit(path, RegistryOptions.DEFAULT
                .withActor(TestRegistries.ALICE))) {
            registry.register(Samples.request("churn", "a").build());
        }
        GitCli git = new GitCli(path);
        git.run("config", "user.name", "Eve <eve@example.com>");
        try (ModelRegistry registry = ModelRegistry.open(path, RegistryOptions.DEFAULT)) {
            assertEquals("0.0.1", registry.get(ModelReference.parse("churn@latest")).version().toString());
            RegistryUsageException error = assertThrows(RegistryUsageException.class,
                    () -> registry.register(Samples.request("churn", "b").build()));
            assertEquals(Input.ACTOR, error.input());
            assertEquals("The actor's name \"Eve <eve@example.com>\" contains '<', '>' or a line break" + FIX,
                    error.getMessage());
        }
        assertEquals("1", git.run("rev-list", "--count", "main").strip());
    }
}
