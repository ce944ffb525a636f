package com.merchantanalysis.common.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;

import com.merchantanalysis.common.testsupport.EmbeddedMongo;
import com.merchantanalysis.common.testsupport.PausableProxy;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.mongodb.client.MongoClient;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An app's MongoDB client gets common's time limits: with the store stalled (a proxy holding every
 * byte, as SIGSTOP would) a request is answered 503 problem+json with Retry-After instead of hanging,
 * and once the store answers again so do the requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = StoreTimeoutsIT.App.class,
        properties = { "merchant.security.jwt.secret=" + TestTokens.SECRET, "merchant.mongodb.read-timeout=1s",
                "merchant.mongodb.server-selection-timeout=1s" })
class StoreTimeoutsIT {

    private static final PausableProxy store = PausableProxy.to(
            URI.create(EmbeddedMongo.stores().mongoUri("store_timeouts_it")).getPort());

    @LocalServerPort
    int port;

    TestHttp http;

    @DynamicPropertySource
    static void storeBehindTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + store.port() + "/store_timeouts_it");
    }

    @BeforeEach
    void client() {
        store.resume();
        http = TestHttp.localhost(port);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void aStalledStoreIsAnswered503WithRetryAfterAndServedAgainWhenItWakes() {
        assertThat(http.get("/api/v1/test/store", TestTokens.admin()).status()).isEqualTo(200);

        store.pause();
        var stalled = http.get("/api/v1/test/store", TestTokens.admin());

        assertThat(stalled.status()).as(stalled.body()).isEqualTo(503);
        assertThat(stalled.contentType()).startsWith("application/problem+json");
        assertThat(stalled.header("Retry-After")).isEqualTo("5");

        store.resume();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/v1/test/store", TestTokens.admin()).status() == 200);
    }

    @RestController
    static class StoreController {

        private final MongoTemplate mongo;

        StoreController(MongoClient client) {
            this.mongo = new MongoTemplate(client, "store_timeouts_it");
        }

        @GetMapping("/api/v1/test/store")
        Document store() {
            return mongo.executeCommand(new Document("ping", 1));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(StoreController.class)
    static class App {
    }
}
