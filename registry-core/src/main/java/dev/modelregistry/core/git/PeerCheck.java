package dev.modelregistry.core.git;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Whether the process at the other end of a write service connection runs as the same OS user as
 * this one: a host writes and signs as its own user, so it serves only its own user's processes,
 * and a process hands its writes only to a host of its own user.
 */
final class PeerCheck {

    private static final String USER = thisUser();
    private static final boolean AVAILABLE = USER != null && probe();

    private PeerCheck() {
    }

    /**
     * The OS user this process runs as, by the owner of a file it creates (the {@code user.name}
     * property can be set to anything); null when that cannot be learned.
     */
    private static String thisUser() {
        Path probe = null;
        try {
            probe = Files.createTempFile("model-registry-user", "");
            return Files.getOwner(probe).getName();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException e) {
                    // an empty temporary file is left
                }
            }
        }
    }

    /** True where Unix domain sockets report their peer's credentials and this process's user is known. */
    static boolean available() {
        return AVAILABLE;
    }

    private static boolean probe() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            return channel.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** True when the peer of the connected {@code channel} is this process's user. */
    static boolean sameUser(SocketChannel channel) throws IOException {
        UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
        return peer != null && peer.user().getName().equals(USER);
    }
}
