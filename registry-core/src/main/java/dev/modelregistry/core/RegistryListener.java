package dev.modelregistry.core;

/**
 * Receives progress and diagnostics from the registry. The core never logs: front ends decide
 * how events reach people (the Maven plugin writes them to the build log).
 */
@FunctionalInterface
public interface RegistryListener {

    /** A listener that ignores every event. */
    RegistryListener NONE = event -> { };

    /** Called on the thread doing the work; must return quickly and must not throw. */
    void onEvent(RegistryEvent event);
}
