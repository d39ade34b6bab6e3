package dev.modelregistry.core;

/**
 * A file in the registry repository (a card, {@code model.yaml}, {@code registry.yaml}) is
 * malformed, hostile or breaks the schema. The message starts with {@code path:line}.
 */
public final class InvalidRegistryFileException extends RegistryUsageException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final String problem;
    private final String fix;

    /**
     * Creates the error for {@code path} at {@code line} (1-based, 0 when the whole file is at
     * fault), with the problem and its fix.
     */
    public InvalidRegistryFileException(String path, int line, String problem, String fix) {
        super(Input.REGISTRY, location(path, line) + ": " + problem + (fix.isEmpty() ? "" : "; " + fix));
        this.path = path;
        this.line = line;
        this.problem = problem;
        this.fix = fix;
    }

    private static String location(String path, int line) {
        return line > 0 ? path + ":" + line : path;
    }

    /** The file's path inside the registry repository. */
    public String path() {
        return path;
    }

    /** The 1-based line of the problem, or 0 when the whole file is at fault. */
    public int line() {
        return line;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** How to fix it; empty when there is no advice. */
    public String fix() {
        return fix;
    }
}
