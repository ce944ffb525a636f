package com.merchantanalysis.common.testsupport;

import com.merchantanalysis.common.localstores.LocalStores;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-memory MongoDB wire-protocol server per test JVM, on a real socket, shared by every test
 * class so that Spring's context cache can be shared too.
 */
public final class EmbeddedMongo {

    private static LocalStores stores;

    private EmbeddedMongo() {
    }

    public static synchronized LocalStores stores() {
        if (stores == null) {
            stores = LocalStores.start(0, -1, null);
            Runtime.getRuntime().addShutdownHook(new Thread(stores::close));
        }
        return stores;
    }

    /** Points a Spring test context at the embedded server and the test token secret. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> stores().mongoUri("merchant_analysis_test"));
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
    }
}
