package dev.modelregistry.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Context;
import org.apache.catalina.authenticator.BasicAuthenticator;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;

/** A real Apache Tomcat for test servers: on 127.0.0.1 and an ephemeral port, with one user, behind basic authentication. */
final class LocalTomcat {

    private LocalTomcat() {
    }

    /** An unstarted Tomcat keeping its work files under {@code work}, knowing {@code user} in {@code role}. */
    static Tomcat create(Path work, String user, String password, String role) throws IOException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectories(work).toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.addUser(user, password);
        tomcat.addRole(user, role);
        return tomcat;
    }

    /** Makes every request to {@code context} need HTTP basic authentication as a user in {@code role}. */
    static void requireLogin(Context context, String role) {
        LoginConfig login = new LoginConfig();
        login.setAuthMethod("BASIC");
        login.setRealmName("models");
        context.setLoginConfig(login);
        SecurityCollection everything = new SecurityCollection();
        everything.addPattern("/*");
        SecurityConstraint constraint = new SecurityConstraint();
        constraint.addAuthRole(role);
        constraint.addCollection(everything);
        context.addConstraint(constraint);
        context.addSecurityRole(role);
        context.getPipeline().addValve(new BasicAuthenticator());
    }
}
