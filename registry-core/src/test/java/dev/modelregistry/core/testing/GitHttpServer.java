package dev.modelregistry.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.servlets.CGIServlet;
import org.apache.catalina.startup.Tomcat;

/**
 * A real smart-HTTP Git server for tests: Git's own {@code git http-backend}, run as a CGI program
 * by Apache Tomcat's {@link CGIServlet}, serving every repository under a directory behind HTTP
 * basic authentication for one user (which also enables pushes).
 */
public final class GitHttpServer implements AutoCloseable {

    private static final String ROLE = "registry";

    private final Tomcat tomcat;

    private GitHttpServer(Tomcat tomcat) {
        this.tomcat = tomcat;
    }

    /** Starts a server for the repositories under {@code root}, with its own files under {@code work}. */
    public static GitHttpServer start(Path root, Path work, String user, String password) throws Exception {
        Path webapp = Files.createDirectories(work.resolve("webapp"));
        Path script = Files.createDirectories(webapp.resolve("WEB-INF/cgi")).resolve("backend");
        Files.writeString(script, "#!/bin/sh\nexec git http-backend\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Tomcat tomcat = LocalTomcat.create(work.resolve("tomcat"), user, password, ROLE);
        Context context = tomcat.addContext("/git", webapp.toString());
        context.setPrivileged(true);
        Wrapper cgi = Tomcat.addServlet(context, "git-http-backend", CGIServlet.class.getName());
        cgi.addInitParameter("cgiPathPrefix", "WEB-INF/cgi");
        cgi.addInitParameter("executable", "");
        cgi.addInitParameter("passShellEnvironment", "true");
        cgi.addInitParameter("envHttpHeaders", "ACCEPT[-0-9A-Z]*|CONTENT-ENCODING|GIT-PROTOCOL|HOST|USER-AGENT");
        cgi.addInitParameter("environment-variable-GIT_PROJECT_ROOT", root.toAbsolutePath().toString());
        cgi.addInitParameter("environment-variable-GIT_HTTP_EXPORT_ALL", "1");
        cgi.addInitParameter("environment-variable-GIT_CONFIG_NOSYSTEM", "1");
        context.addServletMappingDecoded("/*", "git-http-backend");
        LocalTomcat.requireLogin(context, ROLE);
        tomcat.start();
        return new GitHttpServer(tomcat);
    }

    /** The URL of the repository at {@code relativePath} under the root. */
    public String url(String relativePath) {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/git/backend/" + relativePath;
    }

    /** Stops the server. */
    @Override
    public void close() throws LifecycleException, IOException {
        tomcat.stop();
        tomcat.destroy();
    }
}
