package dev.modelregistry.core;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import dev.modelregistry.core.git.CommitMessage;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.git.RegistryTrailers;
import dev.modelregistry.core.git.TreeEdits;
import dev.modelregistry.core.git.WriteOperation;
import dev.modelregistry.core.git.WritePlan;
import dev.modelregistry.core.policy.CodeOwnersFile;
import dev.modelregistry.core.policy.Owners;
import dev.modelregistry.core.store.RegistryLayout;
import dev.modelregistry.core.store.RegistryView;

/**
 * Writes the {@code CODEOWNERS} file at the root from the owners in {@code registry.yaml}. A file
 * that is already exactly that changes nothing.
 */
final class WriteCodeOwners implements WriteOperation<CodeOwnersResult> {

    private final String reason;

    WriteCodeOwners(String reason) {
        Reasons.check(reason);
        this.reason = reason;
    }

    @Override
    public WritePlan<CodeOwnersResult> plan(GitSnapshot head) {
        Owners owners = new RegistryView(head).policy().owners();
        if (!owners.namesCodeOwners()) {
            throw new RegistryUsageException(Input.REGISTRY, "Cannot write " + RegistryLayout.CODEOWNERS_FILE
                    + ": " + RegistryLayout.POLICY_FILE + " names no owners. Add them under owners first (registry:"
                    + " [\"@acme/ml-platform\"], and models: {churn: [\"@acme/churn\"]} if models have owners).");
        }
        String content = CodeOwnersFile.render(owners);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        boolean same = head.file(RegistryLayout.CODEOWNERS_FILE)
                .filter(file -> file.size() == bytes.length)
                .map(file -> Arrays.equals(head.read(file), bytes))
                .orElse(false);
        if (same) {
            return WritePlan.unchanged(new CodeOwnersResult(content, false, Optional.empty()));
        }
        CommitMessage message = CommitMessage.builder("Write " + RegistryLayout.CODEOWNERS_FILE + " from the owners in "
                        + RegistryLayout.POLICY_FILE)
                .trailer(RegistryTrailers.REGISTRY_ACTION, RegistryAction.WRITE_CODEOWNERS.trailerValue())
                .trailer(RegistryTrailers.REASON, Reasons.trailer(reason))
                .build();
        return WritePlan.commit(new CodeOwnersResult(content, true, Optional.empty()),
                new TreeEdits().put(RegistryLayout.CODEOWNERS_FILE, bytes), message);
    }
}
