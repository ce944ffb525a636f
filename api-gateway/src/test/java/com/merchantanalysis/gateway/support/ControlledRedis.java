package com.merchantanalysis.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.merchantanalysis.common.testsupport.LoopbackPorts;

import redis.embedded.RedisServer;

/**
 * A real Redis of one test context's own, which a test may stop and start again (on the same port)
 * without disturbing the Redis the other gateway tests share.
 */
public final class ControlledRedis {

    private final int port = LoopbackPorts.unused();
    private RedisServer server;

    public ControlledRedis() {
        start();
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Redis on " + port, e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }
}
