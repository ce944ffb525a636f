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

/** Token issuance, sign-in, and client and user management through the real gateway, on the embedded stores. */
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

    private String newMerchant(String name) {
        return mongo.insert(new MerchantDocument(null, name, Industry.FAST_FOOD, "Chongqing",
                java.time.LocalDate.of(2020, 1, 1), "Asia/Shanghai", null, null, java.math.BigDecimal.TEN, 0,
                java.time.Instant.now(), "fast-food", 2)).block().id();
    }

    private TestHttp.Response login(String username, String password) {
        return http.post("/auth/login", null, """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
    }

    private static String unique(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminCreatesAMerchantUserWhoSignsInForTheSameTokenAClientGets() {
        String merchantId = newMerchant("老王面馆");
        String username = unique("Wang.Owner");

        var created = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "password": "correct horse battery", "roles": ["MERCHANT"], "merchantId": "%s"}"""
                .formatted(username, merchantId));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).contains("no-store");
        assertThat(created.json().get("username").asString()).isEqualTo(username.toLowerCase());
        assertThat(created.json().has("password")).as("a chosen password is never echoed").isFalse();

        var signedIn = login(username.toUpperCase(), "correct horse battery");
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.header("Cache-Control")).contains("no-store");
        assertThat(signedIn.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(signedIn.json().get("expires_in").asLong()).isEqualTo(3600);
        String token = signedIn.json().get("access_token").asString();
        JsonNode claims = claims(token);
        assertThat(claims.get("sub").asString()).isEqualTo(username.toLowerCase());
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("MERCHANT");
        assertThat(claims.get("merchant_id").asString()).isEqualTo(merchantId);
        assertThat(claims.get("iss").asString()).isEqualTo("merchant-analysis");
        assertThat(claims.get("aud").toString()).contains("merchant-analysis-api");

        // The gateway accepts the token (403 for a MERCHANT on an ADMIN route, not 401).
        var asMerchant = http.post("/auth/users", token, """
                {"username": "%s", "roles": ["ADMIN"]}""".formatted(unique("escalated")));
        assertThat(asMerchant.status()).isEqualTo(403);
    }

    @Test
    void withoutAPasswordOneIsGeneratedShownOnceAndStoredOnlyAsABcryptHash() {
        String username = unique("analyst");

        var created = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["ANALYST"]}""".formatted(username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String password = created.json().get("password").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        var stored = mongo.getCollection("users").flatMap(c -> reactor.core.publisher.Mono.from(
                c.find(new org.bson.Document("_id", username)).first())).block();
        assertThat(stored.getString("passwordHash")).startsWith("$2").doesNotContain(password);
        assertThat(stored.toJson()).doesNotContain(password);
        var signedIn = login(username, password);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(claims(signedIn.json().get("access_token").asString()).has("merchant_id")).isFalse();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        String username = unique("owner");
        assertThat(http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "password": "the right password", "roles": ["ANALYST"]}""".formatted(username))
                .status()).isEqualTo(201);

        var wrongPassword = login(username, "not the right password");
        var unknownUser = login(unique("nobody"), "not the right password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        for (String member : java.util.List.of("type", "title", "status", "detail")) {
            assertThat(wrongPassword.json().get(member)).as(member).isEqualTo(unknownUser.json().get(member));
        }
        assertThat(wrongPassword.body()).doesNotContain(username);
    }

    @Test
    void repeatedFailedSignInsLockTheUserEvenAgainstTheRightPasswordButNotOthers() {
        String username = unique("guessed");
        String other = unique("bystander");
        for (String name : java.util.List.of(username, other)) {
            assertThat(http.post("/auth/users", TestTokens.admin(), """
                    {"username": "%s", "password": "the right password", "roles": ["ANALYST"]}""".formatted(name))
                    .status()).isEqualTo(201);
        }
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(username, "guess number " + attempt).status()).as("guess " + attempt).isEqualTo(401);
        }

        var locked = login(username, "the right password");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 300);
        assertThat(locked.json().get("detail").asString()).contains("sign-ins");
        assertThat(login(other, "the right password").status()).isEqualTo(200);
    }

    @Test
    void userCreationRefusesWhatCannotWork() {
        String merchantId = newMerchant("小卖部");
        var shortPassword = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "password": "short", "roles": ["ANALYST"]}""".formatted(unique("u")));
        var tooLongForBcrypt = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "password": "%s", "roles": ["ANALYST"]}""".formatted(unique("u"), "密".repeat(25)));
        var noMerchant = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["MERCHANT"]}""".formatted(unique("u")));
        var merchantForStaff = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["ANALYST"], "merchantId": "%s"}""".formatted(unique("u"), merchantId));
        var mixedRoles = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["MERCHANT", "ADMIN"], "merchantId": "%s"}""".formatted(unique("u"), merchantId));
        var badName = http.post("/auth/users", TestTokens.admin(), """
                {"username": "<img src=x>", "roles": ["ANALYST"]}""");
        var byAnalyst = http.post("/auth/users", TestTokens.analyst(), """
                {"username": "%s", "roles": ["ADMIN"]}""".formatted(unique("sneaky")));
        var anonymous = http.post("/auth/users", null, """
                {"username": "%s", "roles": ["ADMIN"]}""".formatted(unique("sneaky")));

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(tooLongForBcrypt.status()).isEqualTo(400);
        assertThat(tooLongForBcrypt.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(noMerchant.status()).isEqualTo(400);
        assertThat(noMerchant.json().get("errors").get(0).get("field").asString()).isEqualTo("merchantId");
        assertThat(merchantForStaff.status()).isEqualTo(400);
        assertThat(mixedRoles.status()).isEqualTo(400);
        assertThat(mixedRoles.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(byAnalyst.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void usersAndClientsNeverShareAName() {
        String username = unique("shared-name");
        assertThat(http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["ANALYST"]}""".formatted(username)).status()).isEqualTo(201);

        var sameUserAgain = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["ANALYST"]}""".formatted(username.toUpperCase()));
        var clientNamedLikeTheUser = http.post("/auth/clients", TestTokens.admin(), """
                {"clientId": "%s", "roles": ["ANALYST"]}""".formatted(username));
        var userNamedLikeTheAdminClient = http.post("/auth/users", TestTokens.admin(), """
                {"username": "%s", "roles": ["ADMIN"]}""".formatted(GatewayTestStores.ADMIN_ID));

        assertThat(sameUserAgain.status()).isEqualTo(409);
        assertThat(sameUserAgain.contentType()).startsWith("application/problem+json");
        assertThat(clientNamedLikeTheUser.status()).isEqualTo(409);
        assertThat(userNamedLikeTheAdminClient.status()).isEqualTo(409);
    }

    private static JsonNode claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }
}
