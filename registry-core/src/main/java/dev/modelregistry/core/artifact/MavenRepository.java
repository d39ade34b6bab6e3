package dev.modelregistry.core.artifact;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A Maven repository that model files are deployed to and fetched from: configuration, not card
 * data. Its URL may be {@code https:}, {@code http:} or {@code file:} and may point at any host,
 * the local machine included; those freedoms never extend to the URIs cards carry. The URL never
 * holds credentials: they come from the caller (the Maven plugin reads the {@code settings.xml}
 * server entry whose id is {@code serverId}).
 *
 * @param serverId the id of the server entry that holds the repository's credentials
 * @param url the repository's base URL, ending in {@code /}
 * @param groupId the groupId models are deployed under
 */
public record MavenRepository(String serverId, URI url, String groupId) {

    /** The groupId used when none is configured. */
    public static final String DEFAULT_GROUP_ID = "models";
    /** The server id used when none is configured. */
    public static final String DEFAULT_SERVER_ID = "model-registry";

    private static final Set<String> SCHEMES = Set.of("https", "http", "file");
    private static final Pattern SERVER_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** Checks every part and makes the URL end in {@code /}. */
    public MavenRepository {
        if (serverId == null || !SERVER_ID.matcher(serverId).matches()) {
            throw new RegistryUsageException(Input.REGISTRY, "Invalid Maven server id \"" + serverId + "\": use 1 to 100"
                    + " letters, digits, '.', '_' and '-', as in the <id> of a settings.xml server.");
        }
        Objects.requireNonNull(url, "url");
        checkUrl(url);
        MavenCoordinates.checkGroupId(groupId);
        if (!url.getPath().endsWith("/")) {
            url = URI.create(url + "/");
        }
    }

    /** The repository at {@code url} with the default server id and groupId. */
    public static MavenRepository at(String url) {
        return new MavenRepository(DEFAULT_SERVER_ID, parseUrl(url), DEFAULT_GROUP_ID);
    }

    /** This repository deploying under another groupId. */
    public MavenRepository withGroupId(String newGroupId) {
        return new MavenRepository(serverId, url, newGroupId);
    }

    /** This repository with the credentials of another server entry. */
    public MavenRepository withServerId(String newServerId) {
        return new MavenRepository(newServerId, url, groupId);
    }

    /**
     * Parses a repository URL.
     *
     * @throws RegistryUsageException when it is not an absolute URI
     */
    public static URI parseUrl(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new RegistryUsageException(Input.REGISTRY, "Invalid Maven repository URL \"" + UriText.redacted(text)
                    + "\": " + e.getReason() + ". Write an absolute URL such as https://repo.example.com/models/.");
        }
    }

    private static void checkUrl(URI url) {
        String shown = UriText.redacted(url.toString());
        if (url.getScheme() == null || !SCHEMES.contains(url.getScheme()) || url.getPath() == null
                || url.getPath().isEmpty()) {
            throw new RegistryUsageException(Input.REGISTRY, "Invalid Maven repository URL \"" + shown + "\": use an"
                    + " absolute https://, http:// or file:// URL, such as https://repo.example.com/models/.");
        }
        if (url.getRawUserInfo() != null) {
            throw new RegistryUsageException(Input.REGISTRY, "The Maven repository URL \"" + shown + "\" carries"
                    + " credentials; remove them from the URL and give them as a settings.xml server entry.");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new RegistryUsageException(Input.REGISTRY, "The Maven repository URL \"" + shown + "\" has a query"
                    + " or fragment; give the repository's base URL only.");
        }
        if (!url.getScheme().equals("file") && url.getHost() == null) {
            throw new RegistryUsageException(Input.REGISTRY, "The Maven repository URL \"" + shown + "\" has no host;"
                    + " write it as " + url.getScheme() + "://host/path/.");
        }
    }
}
