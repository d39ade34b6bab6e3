package dev.modelregistry.core.remote;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The web page that opens a pull request (a merge request on GitLab) from a review branch into the
 * registry branch, for remotes on GitHub, GitLab, Bitbucket Cloud and Gitea (also Forgejo and
 * Codeberg), recognised by host name, from https and ssh URLs alike. Other hosts get none.
 */
final class PullRequestLinks {

    private PullRequestLinks() {
    }

    /** The page opening a pull request from {@code source} into {@code target} on the host of {@code remote}. */
    static Optional<URI> of(RemoteUrl remote, String source, String target) {
        String host = remote.host();
        String base = webBase(remote);
        if (host.contains("github")) {
            return Optional.of(URI.create(base + "/compare/" + encode(target) + "..." + encode(source) + "?expand=1"));
        }
        if (host.contains("gitlab")) {
            return Optional.of(URI.create(base + "/-/merge_requests/new?merge_request%5Bsource_branch%5D="
                    + encode(source) + "&merge_request%5Btarget_branch%5D=" + encode(target)));
        }
        if (host.contains("bitbucket")) {
            return Optional.of(URI.create(base + "/pull-requests/new?source=" + encode(source) + "&dest="
                    + encode(target)));
        }
        if (host.contains("gitea") || host.contains("forgejo") || host.equals("codeberg.org")) {
            return Optional.of(URI.create(base + "/compare/" + encode(target) + "..." + encode(source)));
        }
        return Optional.empty();
    }

    /** The repository's web address: https (or the URL's http), the host, the port of a web URL, the path without {@code .git}. */
    private static String webBase(RemoteUrl remote) {
        boolean web = remote.scheme().startsWith("http");
        String port = web && remote.port() > 0 ? ":" + remote.port() : "";
        String path = remote.path().replaceAll("^/+|/+$", "").replaceAll("\\.git$", "");
        return (web ? remote.scheme() : "https") + "://" + remote.host() + port + "/" + path;
    }

    /** Percent-encodes all but unreserved characters and {@code /} (so {@code 1.0.0+build} keeps its plus). */
    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~/".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
