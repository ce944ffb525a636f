package com.merchantanalysis.gateway.support;

import java.net.URI;
import java.util.function.Supplier;

import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One embedded MongoDB wire server and one real Redis for the gateway's tests, shared per JVM. */
public final class GatewayTestStores {

    public static final String ADMIN_ID = "test-admin-client";
    public static final String ADMIN_SECRET = "test-admin-secret-0123456789";

    private static LocalStores stores;

    private GatewayTestStores() {
    }

    public static synchronized LocalStores stores() {
        if (stores == null) {
            stores = LocalStores.start(0, 0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(stores::close));
        }
        return stores;
    }

    /** A started connection factory to the shared Redis, for tests without an app context; destroy it after. */
    public static LettuceConnectionFactory redisConnections() {
        URI uri = URI.create(String.valueOf(stores().redisUri()));
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(uri.getHost(), uri.getPort()));
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }

    /** Stores, token secret, bootstrap admin and a random management port for a gateway test context. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, "merchant_analysis_gateway_test", () -> stores().redisUri());
    }

    /** The same, with a database and a Redis of the caller's choice. */
    public static void register(DynamicPropertyRegistry registry, String database, Supplier<Object> redisUri) {
        registry.add("spring.mongodb.uri", () -> stores().mongoUri(database));
        registry.add("spring.data.redis.url", redisUri);
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
        registry.add("merchant.auth.admin-client-id", () -> ADMIN_ID);
        registry.add("merchant.auth.admin-client-secret", () -> ADMIN_SECRET);
        registry.add("merchant.auth.bcrypt-strength", () -> "4");
        registry.add("management.server.port", () -> "0");
    }
}
