package dev.modelregistry.core.testing;

import java.nio.file.Path;

import dev.modelregistry.core.AuditEvent;
import dev.modelregistry.core.HistoryQuery;
import dev.modelregistry.core.ModelRegistry;
import dev.modelregistry.core.RegistryOptions;
import dev.modelregistry.core.domain.ModelName;

/**
 * Opens the registry at {@code args[0]} in a process of its own, prints the commit ids and
 * subjects of model {@code args[1]}'s history, one event a line, then {@link #DONE}.
 */
public final class ModelHistoryPrinter {

    /** The last line printed. */
    public static final String DONE = "done";

    private ModelHistoryPrinter() {
    }

    /** Prints the history. */
    public static void main(String[] args) {
        try (ModelRegistry registry = ModelRegistry.open(Path.of(args[0]), RegistryOptions.DEFAULT)) {
            for (AuditEvent event : registry.history(HistoryQuery.forModel(ModelName.of(args[1])))) {
                System.out.println(line(event));
            }
        }
        System.out.println(DONE);
    }

    /** The line printed for {@code event}. */
    public static String line(AuditEvent event) {
        return event.commitId() + " " + event.subject();
    }
}
