package dev.modelregistry.core.git;

import java.util.Objects;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.UserConfig;

/**
 * The person or CI identity acting on the registry; it becomes the author and committer of the
 * commit. Given by the caller, else taken from Git configuration, else from the OS user.
 */
public record Actor(String name, String email) {

    /** Checks that name and email are single-line and free of the characters Git reserves. */
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank() || !clean(name) || !clean(email)) {
            throw new IllegalArgumentException("actor must be a name and an email without '<', '>' or line breaks");
        }
    }

    /**
     * The identity Git itself would use: {@code GIT_AUTHOR_NAME}/{@code GIT_AUTHOR_EMAIL}, then
     * {@code user.name}/{@code user.email} from {@code config}, then the OS user at this host.
     */
    public static Actor fromGitConfig(Config config) {
        UserConfig user = config.get(UserConfig.KEY);
        return new Actor(user.getAuthorName(), user.getAuthorEmail());
    }

    private static boolean clean(String text) {
        return text.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
