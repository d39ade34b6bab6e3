package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import dev.modelregistry.core.IllegalTransitionException;
import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryInternalException;
import dev.modelregistry.core.RegistryUsageException;
import dev.modelregistry.core.artifact.ArtifactTransferException;

class ErrorMappingTest {

    private final ErrorMapping mapping = new ErrorMapping(Map.of(Input.VERSION, PluginParameter.VERSION,
            Input.STAGE, PluginParameter.STAGE));

    @Test
    void usageErrorNamesTheParameterToFix() {
        RegistryUsageException e = new RegistryUsageException(Input.VERSION, "Invalid version \"1.2\".");

        MojoFailureException failure = mapping.usage(e);

        assertEquals("Invalid version \"1.2\". (set it with -Dmodel.version=1.2.0 or <version> in the plugin"
                + " configuration)", failure.getMessage());
        assertNull(failure.getCause(), "Maven would print the cause's message after the hint");
    }

    @Test
    void subclassesAreMappedByTheirInput() {
        MojoFailureException failure = mapping.usage(new IllegalTransitionException(Input.STAGE,
                "Cannot move from development to production."));

        assertEquals("Cannot move from development to production. (set it with -Dmodel.stage=staging or <stage> in"
                + " the plugin configuration)", failure.getMessage());
    }

    @Test
    void inputWithoutParameterKeepsTheMessageAlone() {
        assertEquals("Reason is too long.",
                mapping.usage(new RegistryUsageException(Input.REASON, "Reason is too long.")).getMessage());
    }

    @Test
    void readingAParameterBlamesItWhateverInputTheErrorNames() throws MojoFailureException {
        PluginParameter sort = new PluginParameter("model.sort", "sort", "-accuracy");
        assertEquals("ok", ErrorMapping.reading(sort, () -> "ok"));

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> ErrorMapping.reading(sort,
                () -> SortParameter.parse("-")));
        assertEquals("Invalid sort order \"-\": it names nothing to sort by; give name, version, created or a metric"
                + " name such as accuracy, with a leading - for descending order, e.g. -accuracy. (set it with"
                + " -Dmodel.sort=-accuracy or <sort> in the plugin configuration)", failure.getMessage());
    }

    @Test
    void internalAndUnexpectedErrorsAreExecutionErrorsWithoutStackTraces() {
        IOException io = new IOException("disk full");
        MojoExecutionException internal = mapping.internal(new RegistryInternalException("Cannot write a commit", io));
        assertEquals("The registry failed: Cannot write a commit", internal.getMessage());

        MojoExecutionException unexpected = mapping.unexpected(io);
        assertEquals("Unexpected error: IOException: disk full", unexpected.getMessage());
        assertSame(io, unexpected.getCause());
        assertEquals("Unexpected error: java.lang.NullPointerException",
                mapping.unexpected(new NullPointerException()).getMessage());
    }

    @Test
    void aParameterExceptionBlamesItsOwnParameterWhateverItsInput() {
        RegistryUsageException fromRegistry = new RegistryUsageException(Input.REGISTRY, "Invalid Maven repository URL.");

        MojoFailureException failure = mapping.usage(new ParameterException(AbstractArtifactMojo.REPOSITORY_URL,
                fromRegistry));

        assertEquals("Invalid Maven repository URL. (set it with -Dmodel.repositoryUrl=https://repo.example.com/repository"
                + "/models/ or <repositoryUrl> in the plugin configuration)", failure.getMessage());
    }

    @Test
    void aFailedArtifactTransferSaysSo() {
        MojoExecutionException transfer = mapping.internal(new ArtifactTransferException("Cannot fetch churn@1.0.0",
                new IOException("connection reset")));

        assertEquals("The artifact transfer failed: Cannot fetch churn@1.0.0", transfer.getMessage());
    }
}
