package com.merchantanalysis.simulator.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;

import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With MongoDB unreachable the service says so plainly and leaves the load balancer's rotation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MongoDownIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void deadMongo(DynamicPropertyRegistry registry) throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        int deadPort = unused;
        registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + deadPort + "/merchant_analysis?serverSelectionTimeoutMS=500");
        registry.add("merchant.security.jwt.secret", () -> TestTokens.SECRET);
    }

    @Test
    void requestsGet503ProblemJsonWithRetryAfterAndReadinessIsDown() {
        TestHttp http = TestHttp.localhost(port);

        var list = http.get("/api/v1/simulator/merchants", TestTokens.admin());
        var readiness = http.get("/actuator/health/readiness", null);
        var liveness = http.get("/actuator/health/liveness", null);

        assertThat(list.status()).isEqualTo(503);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(list.header("Retry-After")).isEqualTo("5");
        assertThat(list.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(liveness.status()).isEqualTo(200);
    }
}
