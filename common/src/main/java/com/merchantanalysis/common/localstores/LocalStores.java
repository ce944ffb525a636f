package com.merchantanalysis.common.localstores;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import redis.embedded.RedisServer;

/**
 * The stores for running the platform without MongoDB or Redis installed: a MongoDB wire-protocol
 * server in Java (on-disk H2 backend when given a data folder, else in memory) and a real Redis
 * server, both on loopback. Used by {@code run.sh} and by integration tests; production uses real
 * MongoDB and Redis.
 *
 * <p>What the embedded MongoDB does not do: transactions, {@code $dateTrunc}/{@code $dateAdd} and
 * other newer aggregation operators, {@code $text}, geo queries, collation and TTL expiry.
 */
public final class LocalStores implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final MongoServer mongo;
    private final MongoBackend mongoBackend;
    private final RedisServer redis;
    private final InetSocketAddress mongoAddress;
    private final int redisPort;

    private LocalStores(MongoServer mongo, MongoBackend mongoBackend, InetSocketAddress mongoAddress,
            RedisServer redis, int redisPort) {
        this.mongo = mongo;
        this.mongoBackend = mongoBackend;
        this.mongoAddress = mongoAddress;
        this.redis = redis;
        this.redisPort = redisPort;
    }

    /**
     * Starts the stores.
     *
     * @param mongoPort  0 for any free port
     * @param redisPort  0 for any free port, -1 for no Redis
     * @param dataDir    where to keep data across restarts; null keeps everything in memory
     */
    public static LocalStores start(int mongoPort, int redisPort, Path dataDir) {
        MongoBackend backend = dataDir == null ? new MemoryBackend() : new H2Backend(mongoFile(dataDir));
        MongoServer mongo = new MongoServer(backend);
        mongo.bind(HOST, mongoPort);
        RedisServer redis = null;
        int boundRedisPort = -1;
        if (redisPort >= 0) {
            boundRedisPort = redisPort == 0 ? freePort() : redisPort;
            redis = startRedis(boundRedisPort, dataDir);
        }
        return new LocalStores(mongo, backend, mongo.getLocalAddress(), redis, boundRedisPort);
    }

    /** A connection string for database {@code database} on the embedded MongoDB server. */
    public String mongoUri(String database) {
        return "mongodb://" + HOST + ":" + mongoAddress.getPort() + "/" + database;
    }

    public String redisUri() {
        return "redis://" + HOST + ":" + redisPort;
    }

    private void stopRedis() {
        if (redis != null) {
            try {
                redis.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        mongo.shutdownNow();
        if (mongoBackend instanceof H2Backend h2) {
            h2.close();
        }
        stopRedis();
    }

    private static String mongoFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        return dataDir.resolve("mongodb.mv").toString();
    }

    private static RedisServer startRedis(int port, Path dataDir) {
        try {
            // Without a data folder (tests) nothing is saved: a dump.rdb would keep the library's temporary
            // folder from being deleted when the JVM exits.
            var builder = RedisServer.newRedisServer().port(port).bind(HOST)
                    .setting(dataDir == null ? "save \"\"" : "save 60 1")
                    .setting("appendonly no")
                    .setting("maxmemory 256mb")
                    .setting("maxmemory-policy allkeys-lru");
            if (dataDir != null) {
                Path redisDir = Files.createDirectories(dataDir.resolve("redis"));
                builder.setting("dir " + redisDir.toAbsolutePath());
            }
            RedisServer server = builder.build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Redis on port " + port, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code LocalStores [--mongo-port N] [--redis-port N] [--data-dir PATH]}: runs until stopped
     * (Ctrl-C or SIGTERM), keeping data under the data folder when one is given.
     */
    public static void main(String[] args) throws InterruptedException {
        int mongoPort = 27017;
        int redisPort = 6379;
        Path dataDir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--mongo-port" -> mongoPort = Integer.parseInt(args[i + 1]);
                case "--redis-port" -> redisPort = Integer.parseInt(args[i + 1]);
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        LocalStores stores = start(mongoPort, redisPort, dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stores.close();
            // run.sh and the fault suite read this line as "the store file was closed cleanly".
            System.out.println("LocalStores stopped: store files closed");
            stopped.countDown();
        }, "local-stores-shutdown"));
        System.out.println("LocalStores ready: mongodb " + stores.mongoUri("merchant_analysis") + ", redis "
                + stores.redisUri() + (dataDir == null ? " (in memory)" : " (data in " + dataDir + ")"));
        stopped.await();
    }
}
