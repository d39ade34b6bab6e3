package dev.modelregistry.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.NotFoundException;
import dev.modelregistry.core.RegistryUsageException;

class VersionParametersTest {

    @Test
    void aBadReferenceBlamesModelRefEvenWhenItsNameIsAtFault() {
        RegistryUsageException e = assertThrows(RegistryUsageException.class,
                () -> VersionParameters.explicit("Bad Name@1.0.0", null, null));

        String message = new ErrorMapping(VersionParameters.parameters(null, Map.of())).usage(e).getMessage();

        assertTrue(message.endsWith("(set it with -Dmodel.ref=churn@1.2.0 or <ref> in the plugin"
                + " configuration)"), message);
    }

    @Test
    void registryErrorsAboutTheNameOrVersionBlameModelRefWhenItWasGiven() {
        ErrorMapping mapping = new ErrorMapping(VersionParameters.parameters("churn@9.9.9", Map.of()));

        String notFound = mapping.usage(new NotFoundException(Input.VERSION, "No version 9.9.9 of churn."))
                .getMessage();

        assertEquals("No version 9.9.9 of churn. (set it with -Dmodel.ref=churn@1.2.0 or <ref> in the plugin"
                + " configuration)", notFound);
    }

    @Test
    void withoutModelRefTheNameAndVersionParametersAreBlamed() {
        ErrorMapping mapping = new ErrorMapping(VersionParameters.parameters(" ", Map.of()));

        String message = mapping.usage(new RegistryUsageException(Input.NAME, "Invalid model name \"A\".")).getMessage();

        assertTrue(message.endsWith("(set it with -Dmodel.name=churn or <name> in the plugin configuration)"),
                message);
    }
}
