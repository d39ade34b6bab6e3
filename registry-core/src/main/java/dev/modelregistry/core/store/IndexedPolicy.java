package dev.modelregistry.core.store;

import java.nio.ByteBuffer;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

import dev.modelregistry.core.RegistryException;
import dev.modelregistry.core.git.GitSnapshot;
import dev.modelregistry.core.policy.PolicyYaml;
import dev.modelregistry.core.policy.RegistryPolicy;
import dev.modelregistry.core.yaml.YamlTreeCodec;

/**
 * The policy file as the {@link CardIndex} keeps it: the blob of {@code registry.yaml} (empty
 * when there is none) and, when the file reads as YAML, its tree as {@link YamlTreeCodec} encodes
 * it, so that a fresh process learns the policy without reading Git or loading a YAML parser. A
 * file that does not read is kept by its blob alone, and the view reads it from Git, raising the
 * error it always raised.
 * The policy is mapped once, on first use.
 */
final class IndexedPolicy {

    /** A registry without a policy file. */
    static final IndexedPolicy NONE = new IndexedPolicy(Optional.empty(), Optional.empty());

    private final Optional<ObjectId> blob;
    private final Optional<ByteBuffer> tree;
    private volatile Optional<RegistryPolicy> mapped;

    /** The file with blob {@code blob} (empty: no file) and YAML tree {@code tree} (empty: it does not read). */
    IndexedPolicy(Optional<ObjectId> blob, Optional<ByteBuffer> tree) {
        this.blob = blob;
        this.tree = tree;
    }

    /** The blob of {@code registry.yaml}; empty when the registry has none. */
    Optional<ObjectId> blob() {
        return blob;
    }

    /** The file's YAML tree; empty when there is no file or it does not read. */
    Optional<ByteBuffer> tree() {
        return tree.map(ByteBuffer::duplicate);
    }

    /** The policy file of {@code snapshot}; {@code before} is reused when the blob did not change. */
    static IndexedPolicy of(GitSnapshot snapshot, IndexedPolicy before) {
        Optional<GitSnapshot.FileEntry> file = snapshot.file(RegistryLayout.POLICY_FILE);
        if (file.isEmpty()) {
            return NONE;
        }
        Optional<ObjectId> blob = Optional.of(file.get().blobId());
        if (blob.equals(before.blob())) {
            return before;
        }
        try {
            byte[] content = RegistryFiles.load(snapshot, file.get());
            ByteBuffer tree = ByteBuffer.wrap(YamlTreeCodec.encode(PolicyYaml.parse(file.get().path(), content)));
            return new IndexedPolicy(blob, Optional.of(tree.asReadOnlyBuffer()));
        } catch (RegistryException unreadable) {
            return new IndexedPolicy(blob, Optional.empty());
        }
    }

    /**
     * The policy, when it can be had without Git: the defaults without a file, else the kept tree
     * mapped as a file read maps it. Empty when the file did not read, or its tree does not decode
     * or map (the view then reads the file from Git, with its error).
     */
    Optional<RegistryPolicy> policy() {
        Optional<RegistryPolicy> policy = mapped;
        if (policy == null) {
            policy = map();
            mapped = policy;
        }
        return policy;
    }

    private Optional<RegistryPolicy> map() {
        if (blob.isEmpty()) {
            return Optional.of(RegistryPolicy.defaults());
        }
        try {
            return tree.map(kept -> PolicyYaml.read(RegistryLayout.POLICY_FILE, YamlTreeCodec.decode(kept.duplicate())));
        } catch (RuntimeException untrusted) {
            return Optional.empty();
        }
    }
}
