package dev.modelregistry.core.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.servlets.WebdavServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ValveBase;
import org.apache.catalina.valves.rewrite.RewriteValve;

import jakarta.servlet.ServletException;

/**
 * A real Apache Tomcat on 127.0.0.1 and an ephemeral port, serving a directory read-write through
 * Tomcat's own {@link WebdavServlet} under {@code /repo/}, behind HTTP basic authentication for one
 * user. It records every request it receives, with whether it carried credentials.
 */
public final class WebDavServer implements AutoCloseable {

    private static final String ROLE = "deployer";

    /** One request as the server saw it. */
    public record Received(String method, String path, String authorization) {
    }

    private final Tomcat tomcat;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private boolean closed;

    private WebDavServer(Path root, Path work, String user, String password, String rewriteRules) throws Exception {
        Files.createDirectories(root);
        tomcat = LocalTomcat.create(work, user, password, ROLE);
        tomcat.getHost().getPipeline().addValve(new Recorder());
        if (!rewriteRules.isEmpty()) {
            RewriteValve rewrite = new RewriteValve();
            tomcat.getHost().getPipeline().addValve(rewrite);
            rewrite.setConfiguration(rewriteRules);
        }
        Context context = tomcat.addContext("/repo", root.toAbsolutePath().toString());
        Wrapper webdav = Tomcat.addServlet(context, "webdav", WebdavServlet.class.getName());
        webdav.addInitParameter("readonly", "false");
        webdav.addInitParameter("listings", "false");
        context.addServletMappingDecoded("/*", "webdav");
        LocalTomcat.requireLogin(context, ROLE);
        tomcat.start();
    }

    /** Starts a server for {@code root}, with Tomcat's work files under {@code work}, accepting {@code user}. */
    public static WebDavServer start(Path root, Path work, String user, String password) throws Exception {
        return new WebDavServer(root, work, user, password, "");
    }

    /**
     * Starts a server as {@link #start} that also answers with the redirects of {@code rules}
     * (Tomcat {@link RewriteValve} syntax, e.g. {@code RewriteRule ^/moved/(.*)$ https://x/$1 [R=302]}).
     */
    public static WebDavServer startWithRewrites(Path root, Path work, String user, String password, String rules)
            throws Exception {
        return new WebDavServer(root, work, user, password, rules);
    }

    /** The port the server listens on. */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** The URL of the served directory: {@code http://127.0.0.1:<port>/repo/}. */
    public URI repositoryUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/repo/");
    }

    /** Every request received so far, in order. */
    public List<Received> requests() {
        return List.copyOf(requests);
    }

    /** Stops the server; closing it again does nothing. */
    @Override
    public synchronized void close() throws LifecycleException {
        if (!closed) {
            closed = true;
            tomcat.stop();
            tomcat.destroy();
        }
    }

    /** Records each request before anything else handles it. */
    private final class Recorder extends ValveBase {
        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String authorization = request.getHeader("Authorization");
            requests.add(new Received(request.getMethod(), request.getRequestURI(),
                    authorization == null ? "" : authorization));
            getNext().invoke(request, response);
        }
    }
}
