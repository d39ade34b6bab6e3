package dev.modelregistry.core.policy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.modelregistry.core.domain.ModelNamePattern;
import dev.modelregistry.core.store.RegistryLayout;

/**
 * The {@code CODEOWNERS} file that follows from a registry's {@link Owners}, in the syntax that
 * GitHub and GitLab share: a path pattern and its owners per line, the last matching line
 * counting. The registry's owners own everything ({@code *}), {@code registry.yaml} and the file
 * itself; each model pattern's owners, with the registry's owners, own {@code /models/<pattern>/}.
 * A branch protection rule that requires code owners' review then makes the host require their
 * approval of every pull request that touches those files.
 */
public final class CodeOwnersFile {

    /** The first lines of every generated file. */
    static final String HEADER = "# Written by Model Registry from the owners in registry.yaml: do not edit it by hand.\n"
            + "# Change the owners there, then write this file again: mvn model:check -Dmodel.writeCodeowners=true\n";

    private CodeOwnersFile() {
    }

    /** The file's text for {@code owners}; only the header when they name no registry or model owners. */
    public static String render(Owners owners) {
        StringBuilder text = new StringBuilder(HEADER);
        if (!owners.registry().isEmpty()) {
            line(text, "*", owners.registry());
            line(text, "/" + RegistryLayout.POLICY_FILE, owners.registry());
            line(text, "/" + RegistryLayout.CODEOWNERS_FILE, owners.registry());
        }
        for (Map.Entry<ModelNamePattern, List<Owner>> model : owners.models().entrySet()) {
            line(text, "/" + RegistryLayout.MODELS_DIR + "/" + model.getKey().value() + "/",
                    owners.withRegistryOwners(model.getValue()));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String pattern, List<Owner> owners) {
        text.append(pattern).append(' ')
                .append(owners.stream().map(Owner::value).collect(Collectors.joining(" "))).append('\n');
    }
}
