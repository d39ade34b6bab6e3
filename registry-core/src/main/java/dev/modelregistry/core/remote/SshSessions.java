package dev.modelregistry.core.remote;

import java.io.File;

import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * The ssh client of remote registries: JGit's Apache MINA SSH module, with the user's keys,
 * {@code ~/.ssh/config} and {@code ~/.ssh/known_hosts} (an unknown host key is refused), and an
 * ssh agent when one runs. One client serves every registry of this JVM.
 */
final class SshSessions {

    private static final SshdSessionFactory FACTORY = create();

    private SshSessions() {
    }

    private static SshdSessionFactory create() {
        File home = FS.DETECTED.userHome();
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(new File(home, ".ssh"))
                .withDefaultConnectorFactory()
                .build(new JGitKeyCache());
    }

    /** Makes an ssh transport use this client; other transports are left alone. */
    static void configure(Transport transport) {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(FACTORY);
        }
    }
}
