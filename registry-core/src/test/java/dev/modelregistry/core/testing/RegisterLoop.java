package dev.modelregistry.core.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegisterRequest;
import dev.modelregistry.core.RegistrationResult;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.card.Lineage;
import dev.modelregistry.core.card.ModelCard;
import dev.modelregistry.core.domain.Bump;
import dev.modelregistry.core.domain.ModelName;
import dev.modelregistry.core.git.Actor;
import dev.modelregistry.core.remote.RegistryLocation;
import dev.modelregistry.core.remote.RemoteOptions;

/**
 * A separate JVM process that registers {@code count} patch versions of one model, for tests
 * that prove concurrent processes lose nothing. Arguments: registry path or remote URL, model
 * name, count, writer id, and for a remote the root of this process's cache clones. Each
 * registration is made by build {@code <writer id>} with the artifact {@code <writer id>-<i>}, so a
 * writer run again with the same id repeats the same CI registrations. It prints each version it
 * got as {@link RegistryInvariants#claimLine} and how long its registrations took as
 * {@code waits-ms median=<m> max=<n>}.
 */
public final class RegisterLoop {

    /** What the writer prints once the registry is open, before its first registration. */
    public static final String REGISTERING = "registering";

    private RegisterLoop() {
    }

    /** Registers the versions and exits 0, or prints the error and exits 1. */
    public static void main(String[] args) {
        run(args, ModelRegistry::register);
    }

    /** Registers the versions of {@code args} through {@code registrar} and exits 0, or prints the error and exits 1. */
    public static void run(String[] args, BiFunction<ModelRegistry, RegisterRequest, RegistrationResult> registrar) {
        RegistryLocation location = RegistryLocation.parse(args[0]);
        ModelName name = ModelName.of(args[1]);
        int count = Integer.parseInt(args[2]);
        String writer = args[3];
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(new Actor("writer " + writer, writer + "@example.com"));
        if (args.length > 4) {
            options = options.withRemote(RemoteOptions.DEFAULT.withCacheDirectory(Path.of(args[4])));
        }
        List<Long> waits = new ArrayList<>();
        try (ModelRegistry registry = location instanceof RegistryLocation.Local local
                ? ModelRegistry.openOrInit(local.path(), options) : ModelRegistry.open(location, options)) {
            System.out.println(REGISTERING);
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                ModelCard card = registrar.apply(registry, RegisterRequest.builder(name, Samples.artifact(writer + "-" + i))
                        .bump(Bump.PATCH).lineage(new Lineage(List.of(), List.of(), "", "", writer, "")).build()).card();
                waits.add((System.nanoTime() - start) / 1_000_000);
                System.out.println(RegistryInvariants.claimLine(card));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        List<Long> sorted = waits.stream().sorted().toList();
        System.out.println("waits-ms median=" + sorted.get(sorted.size() / 2) + " max=" + sorted.get(sorted.size() - 1));
    }
}
