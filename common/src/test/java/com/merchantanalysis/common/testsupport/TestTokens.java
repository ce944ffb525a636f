package com.merchantanalysis.common.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.merchantanalysis.common.security.Role;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;

/** Mints access tokens the way the gateway does, for tests that call a service directly. */
public final class TestTokens {

    /** The secret the tests configure; long enough for HS256. */
    public static final String SECRET = "test-only-jwt-secret-0123456789-abcdefghij";

    private TestTokens() {
    }

    public static String admin() {
        return token("test-admin", Role.ADMIN, null);
    }

    public static String analyst() {
        return token("test-analyst", Role.ANALYST, null);
    }

    public static String merchant(String merchantId) {
        return token("test-merchant-" + merchantId, Role.MERCHANT, merchantId);
    }

    public static String token(String clientId, Role role, String merchantId) {
        Instant now = Instant.now();
        var builder = Jwts.builder()
                .subject(clientId)
                .issuer("merchant-analysis")
                .audience().add("merchant-analysis-api").and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(Duration.ofMinutes(30))))
                .id(UUID.randomUUID().toString())
                .claim("roles", List.of(role.name()));
        if (merchantId != null) {
            builder.claim("merchant_id", merchantId);
        }
        return builder.signWith(Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8))).compact();
    }
}
