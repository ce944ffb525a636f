package com.merchantanalysis.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayTestStores;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Token issuance and client management through the real gateway, on the embedded stores. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveMongoTemplate mongo;

    TestHttp http;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        GatewayTestStores.register(registry);
    }

    @BeforeEach
    void client() {
        http = TestHttp.localhost(port);
    }

    private TestHttp.Response token(String clientId, String secret) {
        return http.postForm("/auth/token", "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=" + secret);
    }

    @Test
    void theBootstrapAdminGetsASignedTokenWithThePlatformsClaims() {
        var response = token(GatewayTestStores.ADMIN_ID, GatewayTestStores.ADMIN_SECRET);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        JsonNode body = response.json();
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);

        JsonNode claims = claims(body.get("access_token").asString());
        assertThat(claims.get("sub").asString()).isEqualTo(GatewayTestStores.ADMIN_ID);
        assertThat(claims.get("iss").asString()).isEqualTo("merchant-analysis");
        assertThat(claims.get("aud").toString()).contains("merchant-analysis-api");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("ADMIN");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("jti").asString()).isNotBlank();
    }

    @Test
    void jsonRequestsWorkToo() {
        var response = http.post("/auth/token", null, """
                {"client_id": "%s", "client_secret": "%s"}""".formatted(GatewayTestStores.ADMIN_ID,
                GatewayTestStores.ADMIN_SECRET));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("access_token").asString()).contains(".");
    }

    @Test
    void aWrongSecretAndAnUnknownClientGetTheSameAnswer() {
        var wrongSecret = token(GatewayTestStores.ADMIN_ID, "not-the-secret");
        var unknownClient = token("nobody", "not-the-secret");

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(unknownClient.status()).isEqualTo(401);
        assertThat(wrongSecret.contentType()).startsWith("application/problem+json");
        assertThat(wrongSecret.json().get("detail")).isEqualTo(unknownClient.json().get("detail"));
        assertThat(wrongSecret.json().get("title")).isEqualTo(unknownClient.json().get("title"));
    }

    @Test
    void missingFieldsAndOtherGrantTypesAre400NamingTheField() {
        var missing = http.postForm("/auth/token", "client_id=x");
        var grant = http.postForm("/auth/token", "grant_type=password&client_id=x&client_secret=y");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("client_secret");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.json().get("errors").get(0).get("field").asString()).isEqualTo("grant_type");
    }

    @Test
    void anAdminCreatesAMerchantClientBoundToAnExistingMerchant() {
        MerchantDocument merchant = mongo.insert(new MerchantDocument(null, "小面馆", Industry.FAST_FOOD, "Chongqing",
                java.time.LocalDate.of(2020, 1, 1), "Asia/Shanghai", null, null, java.math.BigDecimal.TEN, 0,
                java.time.Instant.now(), "fast-food", 2)).block();
        String clientId = "shop-" + merchant.id();

        var created = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "%s", "roles": ["MERCHANT"], "merchantId": "%s"}""".formatted(clientId, merchant.id()));

        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("clientSecret").asString();
        var token = token(clientId, secret);
        assertThat(token.status()).isEqualTo(200);
        JsonNode claims = claims(token.json().get("access_token").asString());
        assertThat(claims.get("merchant_id").asString()).isEqualTo(merchant.id());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("MERCHANT");

        var again = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "%s", "roles": ["ANALYST"]}""".formatted(clientId));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void clientCreationRefusesWhatCannotWork() {
        var noMerchant = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "shop-x", "roles": ["MERCHANT"]}""");
        var unknownMerchant = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "shop-y", "roles": ["MERCHANT"], "merchantId": "no-such-merchant"}""");
        var badId = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "../../etc", "roles": ["ANALYST"]}""");
        var byAnalyst = http.post("/auth/clients", TestTokens.analyst(), """
                {"clientId": "sneaky", "roles": ["ADMIN"]}""");

        assertThat(noMerchant.status()).isEqualTo(400);
        assertThat(noMerchant.json().get("errors").get(0).get("field").asString()).isEqualTo("merchantId");
        assertThat(unknownMerchant.status()).isEqualTo(400);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("clientId");
        assertThat(byAnalyst.status()).isEqualTo(403);
        assertThat(byAnalyst.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }
}
