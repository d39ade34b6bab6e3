package dev.modelregistry.core.artifact;

import java.io.IOException;

/** An HTTP server answered with a status that means failure. */
final class HttpStatusException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** The failure of {@code method} on {@code shownUri} (already free of user info). */
    HttpStatusException(String method, String shownUri, int status) {
        super("HTTP " + status + " for " + method + " " + shownUri);
        this.status = status;
    }

    /** The HTTP status code. */
    int status() {
        return status;
    }

    /** True for 401 and 403: the server refused the credentials, or their absence. */
    boolean refusedAccess() {
        return status == 401 || status == 403;
    }
}
