package com.merchantanalysis.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.merchantanalysis.common.data.MerchantWriteLease.MerchantBusyException;
import com.merchantanalysis.common.data.migration.DataLayoutCheck.DataLayoutNotReadyException;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every Web MVC service gets from common against hostile requests, on a real Tomcat: problem+json
 * for container errors, firewall refusals and TRACE, a body limit, and JSON input limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ServiceHardeningIT.App.class,
        properties = { "merchant.security.jwt.secret=" + TestTokens.SECRET, "merchant.web.max-request-body=2KB",
                "spring.application.name=service-hardening-it" })
class ServiceHardeningIT {

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void client() {
        http = TestHttp.localhost(port);
    }

    private TestHttp.Response echo(String json) {
        return http.post("/api/v1/test/echo", TestTokens.admin(), json);
    }

    private static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("traceId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("tools.jackson").doesNotContain("at com.");
    }

    @Test
    void aValidBodyIsAccepted() {
        var response = echo("""
                {"name": "面馆", "amount": 12.50, "rate": 0.25, "count": 3, "tags": ["a"]}""");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("amount").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void traceIsRefusedWith405ProblemJson() {
        var response = http.send(http.request("/api/v1/test/echo", TestTokens.admin())
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));

        assertProblem(response, 405);
    }

    @Test
    void pathTricksAreRefusedAsProblemJson() {
        for (String path : List.of("/api/v1/test/%2e%2e/%2e%2e/actuator/health", "/api/v1/test/echo;x=1",
                "/api/v1/test/..;/echo", "/api/v1/test//echo", "/api/v1/test/%2F..", "/api/v1/test/%00")) {
            var response = http.get(path, TestTokens.admin());
            assertThat(response.status()).as(path).isBetween(400, 499);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void theErrorPageAskedForDirectlyIs404ProblemJson() {
        assertProblem(http.get("/error", null), 404);
    }

    @Test
    void aBodyAboveTheLimitIs413WhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"name\": \"" + "x".repeat(3000) + "\"}";
        assertProblem(echo(big), 413);

        var chunked = http.send(http.request("/api/v1/test/echo", TestTokens.admin())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));
        assertProblem(chunked, 413);
    }

    @Test
    void hostileNumbersAre400NamingTheField() {
        assertField(echo("{\"name\": \"a\", \"rate\": 1e309}"), "rate");
        assertField(echo("{\"name\": \"a\", \"rate\": \"NaN\"}"), "rate");
        assertField(echo("{\"name\": \"a\", \"rate\": \"-Infinity\"}"), "rate");
        assertField(echo("{\"name\": \"a\", \"amount\": 123456789012345678901234567890}"), "amount");
        assertField(echo("{\"name\": \"a\", \"amount\": 1e1000000000}"), "amount");
        assertField(echo("{\"name\": \"a\", \"count\": 1.5}"), "count");
        assertProblem(echo("{\"name\": \"a\", \"rate\": NaN}"), 400);
    }

    @Test
    void wrongTypesAndOperatorsAre400NamingTheField() {
        assertField(echo("{\"name\": 42}"), "name");
        assertField(echo("{\"name\": true}"), "name");
        assertField(echo("{\"name\": {\"$ne\": null}}"), "name");
        assertField(echo("{\"name\": \"a\", \"tags\": [{\"$where\": \"sleep(1000)\"}]}"), "tags[0]");
        assertField(echo("{\"name\": \"a\\u0000b\"}"), "name");
        var printable = echo("{\"count\": 1, \"name\": \"面馆\\n\\t☕ ‮\"}");
        assertThat(printable.status()).as(printable.body()).isEqualTo(200);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"name\": \"a\", \"tags\": " + "[".repeat(200) + "]".repeat(200) + "}";
        assertProblem(echo(deep), 400);
    }

    private static void assertField(TestHttp.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void dataNotYetMigratedOrAMerchantBeingWrittenIs503WithRetryAfter() {
        for (String path : List.of("/api/v1/test/migrating", "/api/v1/test/busy")) {
            var response = http.get(path, TestTokens.admin());

            assertProblem(response, 503);
            assertThat(response.header("Retry-After")).as(path).isEqualTo("5");
            assertThat(response.json().get("detail").asString()).as(path).contains("try again shortly");
        }
    }

    @Test
    void theMerchantAPathNamesIsInTheLogContextOfItsRequest() {
        var named = http.get("/api/v1/test/merchants/6650c0ffee0000000000abcd/log-context", TestTokens.admin());
        var none = http.get("/api/v1/test/log-context", TestTokens.admin());

        assertThat(named.status()).as(named.body()).isEqualTo(200);
        assertThat(named.body()).isEqualTo("6650c0ffee0000000000abcd");
        assertThat(none.body()).isEqualTo("none");
    }

    record Payload(@NotBlank String name, BigDecimal amount, Double rate, int count, List<String> tags) {
    }

    @RestController
    static class EchoController {

        @PostMapping("/api/v1/test/echo")
        Payload echo(@Valid @RequestBody Payload payload) {
            return payload;
        }

        @GetMapping("/api/v1/test/migrating")
        Payload migrating() {
            throw new DataLayoutNotReadyException("The merchant data is being migrated to layout 1 by "
                    + "data-simulator; try again shortly");
        }

        @GetMapping("/api/v1/test/busy")
        Payload busy() {
            throw new MerchantBusyException("m-1");
        }

        @GetMapping({ "/api/v1/test/merchants/{merchantId}/log-context", "/api/v1/test/log-context" })
        String logContext() {
            String merchantId = MDC.get(MerchantLogContextInterceptor.MDC_KEY);
            return merchantId == null ? "none" : merchantId;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(EchoController.class)
    static class App {
    }
}
