package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import dev.modelregistry.core.Input;
import dev.modelregistry.core.RegistryUsageException;

/**
 * A Maven repository over {@code http:} or {@code https:}: GET and PUT as Nexus, Artifactory,
 * GitHub Packages and WebDAV servers accept them, with the caller's credentials sent only to the
 * repository's own origin. A WebDAV server that answers a PUT with 409 (missing parent
 * collections) gets MKCOL for each missing directory, then the PUT again, as Maven's WebDAV
 * transport does. Redirects of GETs are followed by {@link GuardedHttp}; a PUT is never redirected.
 */
final class HttpRepositoryTransport implements RepositoryTransport {

    private final MavenRepository repository;
    private final RepositoryCredentials credentials;

    HttpRepositoryTransport(MavenRepository repository, RepositoryCredentials credentials) {
        this.repository = repository;
        this.credentials = credentials;
    }

    @Override
    public Optional<InputStream> get(String path) throws IOException {
        try {
            return GuardedHttp.get(uri(path), Optional.of(repository.url()), credentials.authorization());
        } catch (HttpStatusException e) {
            throw refusedOr(e);
        }
    }

    @Override
    public void put(String path, Path file, Supplier<ProgressReporter> progress) throws IOException {
        long size = Files.size(file);
        upload(path, () -> BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> {
            try {
                return new ProgressInputStream(Files.newInputStream(file), progress.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), size));
    }

    @Override
    public void put(String path, byte[] content) throws IOException {
        upload(path, () -> BodyPublishers.ofByteArray(content));
    }

    private void upload(String path, Supplier<BodyPublisher> body) throws IOException {
        try {
            int status = send("PUT", path, body.get());
            if (status == 409) {
                makeCollections(path);
                status = send("PUT", path, body.get());
            }
            check("PUT", path, status, 200, 201, 204);
        } catch (HttpStatusException e) {
            throw refusedOr(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void makeCollections(String path) throws IOException {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String directory = path.substring(0, slash + 1);
            check("MKCOL", directory, send("MKCOL", directory, BodyPublishers.noBody()), 201, 405);
        }
    }

    private int send(String method, String path, BodyPublisher body) throws IOException {
        HttpRequest request = GuardedHttp.request(uri(path), credentials.authorization()).method(method, body).build();
        return GuardedHttp.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void check(String method, String path, int status, int... expected) throws HttpStatusException {
        for (int ok : expected) {
            if (status == ok) {
                return;
            }
        }
        throw new HttpStatusException(method, uri(path).toString(), status);
    }

    /** Throws a usage error naming the server id when access was refused; otherwise returns {@code e} to rethrow. */
    private IOException refusedOr(HttpStatusException e) {
        if (e.refusedAccess()) {
            throw new RegistryUsageException(Input.REGISTRY, "The Maven repository " + repository.url()
                    + " refused access (" + e.getMessage() + ") with " + credentials + "; check the credentials of"
                    + " server \"" + repository.serverId() + "\" and its permissions.", e);
        }
        return e;
    }

    private URI uri(String path) {
        return repository.url().resolve(path);
    }
}
