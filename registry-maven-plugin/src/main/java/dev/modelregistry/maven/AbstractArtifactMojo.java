package dev.modelregistry.maven;

import static dev.modelregistry.maven.ParameterException.blame;

import java.io.File;
import java.net.URI;
import java.util.Optional;

import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;

import dev.modelregistry.core.artifact.ArtifactOptions;
import dev.modelregistry.core.artifact.MavenRepository;
import dev.modelregistry.core.artifact.RepositoryCredentials;

/**
 * A goal that stores, fetches or verifies model files. Besides the registry's own
 * {@code artifacts:} settings it takes the Maven repository's URL, the {@code settings.xml}
 * server entry whose credentials that repository needs, and the local cache of fetched files.
 * Credentials are read from the server entry (decrypted when Maven's password encryption is used)
 * and never printed.
 */
public abstract class AbstractArtifactMojo extends AbstractRegistryMojo {

    /** The repository URL parameter, for failure messages. */
    static final PluginParameter REPOSITORY_URL = new PluginParameter("model.repositoryUrl", "repositoryUrl",
            "https://repo.example.com/repository/models/");
    /** The server id parameter, for failure messages. */
    static final PluginParameter REPOSITORY_ID = new PluginParameter("model.repositoryId", "repositoryId",
            "model-registry");

    /**
     * The Maven repository model files are deployed to and fetched from, instead of
     * {@code artifacts.maven.url} in {@code registry.yaml}: an {@code https://}, {@code http://} or
     * {@code file://} URL without credentials. Given to {@code model:register}, it also makes this
     * repository the store for the new model file.
     */
    @Parameter(property = "model.repositoryUrl")
    private String repositoryUrl;

    /**
     * The id of the {@code settings.xml} {@code <server>} holding the repository's credentials: a
     * {@code username} and {@code password} (HTTP basic), a {@code password} alone or an
     * {@code Authorization: Bearer} or {@code Private-Token} header in its {@code httpHeaders}
     * (a bearer token). Default: {@code artifacts.maven.serverId} in {@code registry.yaml}, else
     * {@code model-registry}.
     */
    @Parameter(property = "model.repositoryId")
    private String repositoryId;

    /**
     * Where model files fetched from a Maven repository or an {@code https:} address are kept by
     * digest; every use verifies them again.
     */
    @Parameter(property = "model.cacheDirectory", defaultValue = "${user.home}/.model-registry/cache", required = true)
    private File cacheDirectory;

    @Override
    protected final ArtifactAccess artifactAccess() {
        Optional<URI> url = Optional.ofNullable(text(repositoryUrl))
                .map(text -> blame(REPOSITORY_URL, () -> MavenRepository.at(text).url()));
        return fromFile -> {
            ArtifactOptions options = ArtifactOptions.DEFAULT.withCacheDirectory(cacheDirectory.toPath());
            Optional<MavenRepository> repository = repository(url, fromFile.maven());
            if (repository.isPresent()) {
                options = options.withRepository(repository.get());
                Optional<RepositoryCredentials> credentials = credentials(repository.get().serverId());
                if (credentials.isPresent()) {
                    options = options.withCredentials(credentials.get());
                }
            }
            return refine(options, url.isPresent());
        };
    }

    /**
     * The options in force after the goal's own parameters: {@code model:register} chooses the
     * store and the groupId here.
     *
     * @param options the options from the registry's settings and the repository parameters
     * @param repositoryGiven whether {@code model.repositoryUrl} was given
     */
    protected ArtifactOptions refine(ArtifactOptions options, boolean repositoryGiven) {
        return options;
    }

    /**
     * {@code registry.yaml}'s repository with the URL and server id the parameters give; a URL
     * without a repository in the file gets the default server id and groupId.
     */
    private Optional<MavenRepository> repository(Optional<URI> url, Optional<MavenRepository> inFile) {
        Optional<MavenRepository> repository = url.map(given -> inFile
                .map(file -> new MavenRepository(file.serverId(), given, file.groupId()))
                .orElseGet(() -> MavenRepository.at(given.toString()))).or(() -> inFile);
        String serverId = text(repositoryId);
        return serverId == null ? repository
                : repository.map(found -> blame(REPOSITORY_ID, () -> found.withServerId(serverId)));
    }

    private Optional<RepositoryCredentials> credentials(String serverId) {
        Optional<Server> server = server(serverId);
        if (server.isEmpty()) {
            getLog().debug("No settings.xml server \"" + serverId + "\": the Maven repository is used without credentials");
            return Optional.empty();
        }
        Optional<RepositoryCredentials> credentials = ServerCredentials.of(server.get());
        credentials.ifPresentOrElse(found -> getLog().info("Using " + found + " from settings.xml server \"" + serverId
                + "\""), () -> getLog().warn("settings.xml server \"" + serverId + "\" has no password or token"));
        return credentials;
    }

    /** {@code value} stripped, or null when it is not given. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
