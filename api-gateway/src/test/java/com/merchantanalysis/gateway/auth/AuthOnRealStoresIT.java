package com.merchantanalysis.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The gateway on real MongoDB 7 (single-node replica set) and real Redis 7. Runs where Docker is
 * available and is reported as skipped where it is not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "merchant.auth.admin-client-id=" + GatewayTestStores.ADMIN_ID,
    "merchant.auth.admin-client-secret=" + GatewayTestStores.ADMIN_SECRET,
    "management.server.port=0" })
class AuthOnRealStoresIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7.0");

    @Container
    static final GenericContainer<?> REDIS = new GenericContainer<>("redis:7.2").withExposedPorts(6379);

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("merchant_analysis"));
        registry.add("spring.data.redis.url", () -> "redis://" + REDIS.getHost() + ":" + REDIS.getMappedPort(6379));
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
    }

    @Test
    void theBootstrapAdminGetsATokenAndTheGatewayIsHealthy() {
        TestHttp http = TestHttp.localhost(port);

        var token = http.postForm("/auth/token", "client_id=" + GatewayTestStores.ADMIN_ID + "&client_secret="
                + GatewayTestStores.ADMIN_SECRET);
        var health = http.get("/health", null);

        assertThat(token.status()).isEqualTo(200);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }
}
