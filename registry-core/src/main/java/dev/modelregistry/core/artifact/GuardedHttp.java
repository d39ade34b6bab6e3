package dev.modelregistry.core.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP with redirects followed by hand, so that every hop is checked. The client never follows
 * redirects itself. A hop on the trusted origin (the configured repository's scheme, host and
 * port) is followed as is and gets the authorization; any other hop must pass
 * {@link RemoteAddressPolicy} and never gets it.
 */
final class GuardedHttp {

    /** The most redirects one request follows. */
    static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).build();

    private GuardedHttp() {
    }

    /**
     * GETs {@code uri}; empty for 404 and 410.
     *
     * @param trusted the origin (any URI on it) whose URLs need no check and get {@code authorization}
     * @throws UnsafeArtifactUriException when a hop breaks the rules; nothing is sent to it
     * @throws HttpStatusException for any other status that is not success
     */
    static Optional<InputStream> get(URI uri, Optional<URI> trusted, Optional<String> authorization)
            throws IOException {
        URI current = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            boolean onTrusted = trusted.isPresent() && sameOrigin(current, trusted.get());
            if (!onTrusted) {
                RemoteAddressPolicy.check(current);
            }
            HttpRequest.Builder request = request(current, onTrusted ? authorization : Optional.empty()).GET();
            HttpResponse<InputStream> response = send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            if (status == 200) {
                return Optional.of(response.body());
            }
            response.body().close();
            if (status == 404 || status == 410) {
                return Optional.empty();
            }
            if (!REDIRECTS.contains(status)) {
                throw new HttpStatusException("GET", UriText.redacted(current.toString()), status);
            }
            current = redirectTarget(current, response);
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + UriText.redacted(uri.toString()));
    }

    /** A request to {@code uri} with the timeout and, when present, the authorization. */
    static HttpRequest.Builder request(URI uri, Optional<String> authorization) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(RESPONSE_TIMEOUT);
        authorization.ifPresent(value -> builder.header("Authorization", value));
        return builder;
    }

    /** Sends {@code request} with the shared client. */
    static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return CLIENT.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted during " + request.method() + " "
                    + UriText.redacted(request.uri().toString()));
        }
    }

    private static URI redirectTarget(URI current, HttpResponse<?> response) throws IOException {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IOException(
                "HTTP " + response.statusCode() + " without a Location from " + UriText.redacted(current.toString())));
        try {
            return current.resolve(new URI(location));
        } catch (java.net.URISyntaxException e) {
            throw new UnsafeArtifactUriException("The redirect from " + UriText.redacted(current.toString())
                    + " points at an invalid URL: " + e.getReason() + ".");
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && a.getHost() != null && a.getHost().equalsIgnoreCase(
                b.getHost()) && port(a) == port(b) && a.getRawUserInfo() == null;
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
