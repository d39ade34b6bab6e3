package dev.modelregistry.core.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryEvent;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.git.Actor;

/**
 * A separate JVM process that writes for a local registry: it registers one version (which makes
 * it the host of the registry's write service), says {@link #HOSTING}, and serves the
 * registrations other processes hand it until its input ends. Arguments: the registry's path, and
 * how it behaves when it takes a handed registration: {@code serve} writes it and answers;
 * {@code die-on-take} says {@link #TOOK} and waits to be killed before writing it;
 * {@code die-after-commit} dies at once when its commit has landed, before answering.
 */
public final class HostingRegistry {

    /** What the process prints once it hosts. */
    public static final String HOSTING = "hosting";
    /** What a {@code die-on-take} host prints when it took a handed registration. */
    public static final String TOOK = "took";

    private HostingRegistry() {
    }

    /** Hosts until the input ends. */
    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args[1];
        boolean[] serving = {false};
        RegistryOptions options = RegistryOptions.DEFAULT.withActor(new Actor("Hosting Host", "host@example.com"))
                .withListener(event -> {
                    if (event instanceof RegistryEvent.WritingHandedOver) {
                        serving[0] = true;
                        if (mode.equals("die-on-take")) {
                            System.out.println(TOOK);
                            System.out.flush();
                            sleepUntilKilled();
                        }
                    } else if (event instanceof RegistryEvent.Committed && serving[0]
                            && mode.equals("die-after-commit")) {
                        Runtime.getRuntime().halt(3);
                    }
                });
        try (ModelRegistry registry = ModelRegistry.openOrInit(Path.of(args[0]), options)) {
            registry.register(Samples.request("hosted", "hosting " + ProcessHandle.current().pid()).build());
            System.out.println(HOSTING);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the input ends
            }
        }
    }

    private static void sleepUntilKilled() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // wait for the kill all the same
            }
        }
    }
}
