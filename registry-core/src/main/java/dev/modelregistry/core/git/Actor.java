package dev.modelregistry.core.git;

import java.util.Optional;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.util.SystemReader;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * The person or CI identity acting on the registry; it becomes the author and committer of the
 * commit. Given by the caller, else taken from Git configuration, else from the OS user.
 */
public record Actor(String name, String email) {

    /**
     * Checks that name and email are single-line and free of the characters Git reserves, and that
     * there is a name.
     *
     * @throws RegistryUsageException (ACTOR) naming the value and the fix
     */
    public Actor {
        check("name", name);
        check("email", email);
        if (name.isBlank()) {
            throw invalid("The actor's name is empty");
        }
    }

    /**
     * The identity Git would use in {@code repository}; see {@link #fromGitConfig(Config)}.
     *
     * @throws RegistryUsageException (ACTOR) when that identity is not usable
     */
    public static Actor fromGitConfig(Repository repository) {
        return fromGitConfig(repository.getConfig());
    }

    /**
     * The identity Git itself would use: {@code GIT_AUTHOR_NAME}/{@code GIT_AUTHOR_EMAIL}, then
     * {@code user.name}/{@code user.email} from {@code config}, then the OS user at this host.
     *
     * @throws RegistryUsageException (ACTOR) when that identity is not usable, also when it holds
     *     what JGit would silently strip: {@code '<'}, {@code '>'} and line breaks
     */
    public static Actor fromGitConfig(Config config) {
        checkConfigured("name", Constants.GIT_AUTHOR_NAME_KEY, config.getString("user", null, "name"));
        checkConfigured("email", Constants.GIT_AUTHOR_EMAIL_KEY, config.getString("user", null, "email"));
        UserConfig user = config.get(UserConfig.KEY);
        return new Actor(user.getAuthorName(), user.getAuthorEmail());
    }

    /** Checks the name or email as configured, from the environment as Git reads it, else from the config. */
    private static void checkConfigured(String field, String environmentKey, String configured) {
        String value = Optional.ofNullable(SystemReader.getInstance().getenv(environmentKey)).orElse(configured);
        if (value != null) {
            check(field, value);
        }
    }

    private static void check(String field, String value) {
        if (value == null) {
            throw invalid("The actor has no " + field);
        }
        if (value.chars().anyMatch(c -> c == '<' || c == '>' || Character.isISOControl(c))) {
            throw invalid("The actor's " + field + " \"" + escaped(value) + "\" contains '<', '>' or a line break");
        }
    }

    private static RegistryUsageException invalid(String problem) {
        return new RegistryUsageException(Input.ACTOR, problem + "; give a name and an email of one line each without"
                + " '<' or '>', such as \"Alice Analyst\" and \"alice@example.com\": in the registry options, or as"
                + " user.name and user.email in Git's configuration.");
    }

    /** {@code text} with control characters written as {@code \\uXXXX}, so that it prints on one line. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isISOControl(c) ? String.format("\\u%04X", c) : (char) c));
        return out.toString();
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
