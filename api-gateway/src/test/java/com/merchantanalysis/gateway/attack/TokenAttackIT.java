package com.merchantanalysis.gateway.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.merchantanalysis.common.testsupport.TestTokens;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * API2: every forged, expired, misplaced or malformed token is refused with 401 problem+json and
 * {@code WWW-Authenticate: Bearer error="invalid_token"}, by the gateway and by each service called
 * directly. A valid token and one expired within the 60 s clock skew are accepted (the controls).
 */
class TokenAttackIT extends AttackTest {

    private static final String CATEGORY = "tokens";
    private static final KeyPair RSA = Jwts.SIG.RS256.keyPair().build();

    /** A token case: how to present it, and what must come back. */
    record TokenCase(String name, Function<String, String> token, boolean inQuery, Set<Integer> statuses,
            boolean invalidTokenChallenge) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Where each target is called: a route that needs a token, for the attacker's own merchant. */
    private static final Map<String, String> TARGETS = Map.of(
            "api-gateway", "/api/v1/simulator/merchants/%s",
            "data-simulator", "/api/v1/simulator/merchants/%s",
            "cashflow-service", "/api/v1/cashflow/merchants/%s/balance?asOf=2025-06-30",
            "cost-analyzer", "/api/v1/costs/merchants/%s/totals?from=2025-01-01&to=2025-01-31",
            "compliance-checker", "/api/v1/compliance/merchants/%s/licences");

    static Stream<Arguments> cases() {
        List<TokenCase> cases = List.of(
                accepted("control: a valid token", merchant -> sign(valid(merchant))),
                accepted("control: expired 30 s ago, within the clock skew",
                        merchant -> sign(valid(merchant).issuedAt(ago(3600)).expiration(ago(30)))),
                new TokenCase("no token", merchant -> null, false, Set.of(401), false),
                refused("alg none", merchant -> unsigned("{\"alg\":\"none\",\"typ\":\"JWT\"}", merchant)),
                refused("alg None", merchant -> unsigned("{\"alg\":\"None\"}", merchant)),
                refused("payload changed to ADMIN, signature kept", TokenAttackIT::withAdminPayload),
                refused("signed with a foreign key", merchant -> valid(merchant).signWith(Keys.hmacShaKeyFor(
                        "someone-elses-secret-0123456789-abcdefghijk".getBytes(StandardCharsets.UTF_8))).compact()),
                refused("RS256 signed with an attacker's RSA key", merchant -> valid(merchant)
                        .signWith(RSA.getPrivate(), Jwts.SIG.RS256).compact()),
                refused("HS256 keyed with an RSA public key (HS/RS confusion)", merchant -> valid(merchant)
                        .signWith(Keys.hmacShaKeyFor(RSA.getPublic().getEncoded()), Jwts.SIG.HS256).compact()),
                refused("no exp", merchant -> sign(valid(merchant).expiration(null))),
                refused("expired 2 min ago, beyond the clock skew",
                        merchant -> sign(valid(merchant).issuedAt(ago(3600)).expiration(ago(120)))),
                refused("nbf 5 min in the future", merchant -> sign(valid(merchant).notBefore(ahead(300)))),
                refused("iat 1 h in the future", merchant -> sign(valid(merchant).issuedAt(ahead(3600))
                        .expiration(ahead(7200)))),
                refused("wrong iss", merchant -> sign(valid(merchant).issuer("evil-issuer"))),
                refused("wrong aud", merchant -> sign(valid(merchant).audience().single("other-api"))),
                refused("lifetime 25 h, over the 24 h maximum", merchant -> sign(valid(merchant).issuedAt(ago(10))
                        .expiration(ahead(25 * 3600)))),
                refused("unknown role", merchant -> sign(valid(merchant).claim("roles", List.of("SUPERUSER")))),
                refused("MERCHANT role without merchant_id", merchant -> sign(valid(null))),
                refused("one segment", merchant -> "eyJhbGciOiJIUzI1NiJ9"),
                refused("two segments", merchant -> sign(valid(merchant)).substring(0,
                        sign(valid(merchant)).lastIndexOf('.'))),
                refused("four segments", merchant -> sign(valid(merchant)) + ".AAAA"),
                refused("segments not base64url", merchant -> "e!J.e*J.s@g"),
                refused("header not JSON", merchant -> b64("not json") + "." + b64("{}") + ".c2ln"),
                refused("9 KB token (over the 8 KB token limit)",
                        merchant -> sign(valid(merchant).claim("pad", "x".repeat(9 * 1024)))),
                new TokenCase("64 KB token", merchant -> "a".repeat(64 * 1024), false, Set.of(400, 401, 431), false),
                new TokenCase("valid token in the query string only", merchant -> sign(valid(merchant)), true,
                        Set.of(401), false));
        return TARGETS.keySet().stream().sorted().flatMap(target -> cases.stream().map(c -> Arguments.of(target, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void tokensAreCheckedByTheGatewayAndByEachService(String target, TokenCase tokenCase) {
        String merchant = fixtures.merchantA();
        String token = tokenCase.token().apply(merchant);
        if (token != null) {
            AttackPlatform.SECRETS.add(token);
        }
        String path = TARGETS.get(target).formatted(merchant);
        var http = target.equals("api-gateway") ? gateway : direct(target);
        Answer answer;
        if (token != null && token.length() > 16 * 1024) {
            int port = target.equals("api-gateway") ? this.port : directPort(target);
            answer = Answer.of(RawHttp.send(port, "GET", path, Map.of("Authorization", "Bearer " + token)));
        } else if (tokenCase.inQuery()) {
            answer = Answer.of(http.get(path + (path.contains("?") ? "&" : "?") + "access_token=" + token, null));
        } else {
            answer = Answer.of(http.get(path, token));
        }

        expect(CATEGORY, target + ": " + tokenCase.name(), answer, tokenCase.statuses());
        if (answer.status() == 401) {
            String challenge = answer.header("WWW-Authenticate");
            assertThat(challenge).as(tokenCase.name()).startsWith("Bearer");
            if (tokenCase.invalidTokenChallenge()) {
                assertThat(challenge).as(tokenCase.name()).contains("error=\"invalid_token\"");
            }
            assertThat(answer.body()).as("the answer never echoes the token").doesNotContain(token == null ? "\u0000" : token);
        }
    }

    private static TokenCase accepted(String name, Function<String, String> token) {
        return new TokenCase(name, token, false, Set.of(200), false);
    }

    private static TokenCase refused(String name, Function<String, String> token) {
        return new TokenCase(name, token, false, Set.of(401), true);
    }

    /** Claims as the gateway issues them, for a MERCHANT client of {@code merchantId}. */
    private static JwtBuilder valid(String merchantId) {
        var builder = Jwts.builder()
                .header().type("JWT").and()
                .subject("attack-merchant-client")
                .issuer("merchant-analysis")
                .audience().add("merchant-analysis-api").and()
                .issuedAt(ago(10))
                .expiration(ahead(600))
                .id("attack-" + System.nanoTime())
                .claim("roles", List.of("MERCHANT"));
        return merchantId == null ? builder : builder.claim("merchant_id", merchantId);
    }

    private static String sign(JwtBuilder builder) {
        return builder.signWith(Keys.hmacShaKeyFor(TestTokens.SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256)
                .compact();
    }

    private static String unsigned(String header, String merchantId) {
        String payload = "{\"sub\":\"attack\",\"iss\":\"merchant-analysis\",\"aud\":\"merchant-analysis-api\","
                + "\"iat\":" + ago(10).toInstant().getEpochSecond() + ",\"exp\":" + ahead(600).toInstant().getEpochSecond()
                + ",\"roles\":[\"ADMIN\"],\"merchant_id\":\"" + merchantId + "\"}";
        return b64(header) + "." + b64(payload) + ".";
    }

    private static String withAdminPayload(String merchantId) {
        String[] parts = sign(valid(merchantId)).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"MERCHANT\"]", "[\"ADMIN\"]");
        return parts[0] + "." + b64(payload) + "." + parts[2];
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Date ago(long seconds) {
        return Date.from(Instant.now().minus(Duration.ofSeconds(seconds)));
    }

    private static Date ahead(long seconds) {
        return Date.from(Instant.now().plus(Duration.ofSeconds(seconds)));
    }
}
