package com.merchantanalysis.common.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test starts later (a service process, a Redis it stops and starts again).
 *
 * <p>They are chosen below the kernel's ephemeral range. A port from {@code new ServerSocket(0)} is an
 * ephemeral one, and in the seconds before the server binds it the test JVM's own outgoing connections
 * can take it: a CI run lost a PlatformIT service to "Port 39223 was already in use" that way.
 */
public final class LoopbackPorts {

    private static final int LOWEST = 10_000;
    private static final int ATTEMPTS = 200;

    private LoopbackPorts() {
    }

    /** A port outside the ephemeral range that nothing listens on now. */
    public static int unused() {
        int ephemeralStart = ephemeralStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralStart);
            try (ServerSocket socket = new ServerSocket(port)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + ephemeralStart);
    }

    /** Linux's first ephemeral port; Linux's default where the setting cannot be read. */
    private static int ephemeralStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
