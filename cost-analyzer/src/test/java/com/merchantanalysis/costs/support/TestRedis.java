package com.merchantanalysis.costs.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.merchantanalysis.common.testsupport.LoopbackPorts;

import redis.embedded.RedisServer;

/** One real Redis per test JVM on a fixed free port, which a test may stop and start again. */
public final class TestRedis {

    private static int port = -1;
    private static RedisServer server;

    private TestRedis() {
    }

    public static synchronized String uri() {
        if (server == null) {
            port = LoopbackPorts.unused();
            start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestRedis::stop));
        }
        return "redis://127.0.0.1:" + port;
    }

    public static synchronized void start() {
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void stop() {
        try {
            if (server != null && server.isActive()) {
                server.stop();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
