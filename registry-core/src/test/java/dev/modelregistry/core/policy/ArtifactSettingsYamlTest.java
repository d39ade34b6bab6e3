package dev.modelregistry.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.InvalidRegistryFileException;
import dev.modelregistry.core.artifact.ArtifactSettings;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.StoreKind;

/** The {@code artifacts:} section of {@code registry.yaml}, read by the one strict policy reader. */
class ArtifactSettingsYamlTest {

    private static RegistryPolicy read(String yaml) {
        return PolicyYaml.read("registry.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String yaml) {
        return assertThrows(InvalidRegistryFileException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void aMissingSectionMeansTheEmbeddedDirectoryStore() {
        assertEquals(ArtifactSettings.DEFAULT, read("formatVersion: 1\n").artifacts());
        assertEquals(ArtifactSettings.DEFAULT, RegistryPolicy.defaults().artifacts());
    }

    @Test
    void readsTheMavenStoreWithItsRepository() {
        ArtifactSettings settings = read("""
                artifacts:
                  store: maven
                  maven:
                    url: "https://repo.example.com/repository/models"
                    groupId: "com.example.models"
                    serverId: "models-repo"
                """).artifacts();
        assertEquals(StoreKind.MAVEN, settings.store());
        assertEquals(Optional.of(new MavenRepository("models-repo", URI.create("https://repo.example.com/repository/models/"),
                "com.example.models")), settings.maven());
        MavenRepository defaults = read("artifacts:\n  maven:\n    url: \"file:///srv/maven\"\n").artifacts().maven()
                .orElseThrow();
        assertEquals("models", defaults.groupId());
        assertEquals("model-registry", defaults.serverId());
        assertEquals(URI.create("file:///srv/maven/"), defaults.url());
    }

    @Test
    void refusesMistakesNamingTheLineAndTheFix() {
        assertEquals("registry.yaml:2: artifacts.store: \"s3\" is not an artifact store; use one of: directory, maven",
                refusal("artifacts:\n  store: s3\n"));
        assertTrue(refusal("artifacts:\n  store: maven\n").contains("the maven store needs a Maven repository"));
        assertTrue(refusal("artifacts:\n  stores: maven\n").contains("did you mean 'store'?"));
        String credentials = refusal("artifacts:\n  maven:\n    url: \"https://bob:secret@repo.example.com/m/\"\n");
        assertTrue(credentials.startsWith("registry.yaml:3: artifacts.maven.url: The Maven repository URL"), credentials);
        assertTrue(credentials.contains("settings.xml server entry"), credentials);
        assertFalse(credentials.contains("secret"), credentials);
        assertTrue(refusal("artifacts:\n  maven:\n    url: \"ftp://repo.example.com/m/\"\n")
                .contains("use an absolute https://, http:// or file:// URL"));
        assertTrue(refusal("artifacts:\n  maven:\n    url: \"https://r.example.com/\"\n    groupId: \"a..b\"\n")
                .startsWith("registry.yaml:4: artifacts.maven.groupId: Invalid Maven groupId \"a..b\""));
        assertTrue(refusal("artifacts:\n  maven:\n    groupId: \"models\"\n").contains("missing field 'artifacts.maven.url'"));
    }
}
