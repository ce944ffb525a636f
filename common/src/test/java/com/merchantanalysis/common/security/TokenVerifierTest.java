package com.merchantanalysis.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import javax.crypto.SecretKey;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256!";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final JwtSettings SETTINGS = new JwtSettings(SECRET, "merchant-analysis", "merchant-analysis-api",
            Duration.ofHours(1), Duration.ofSeconds(60), Duration.ofHours(24), "HS256");

    private final TokenVerifier verifier = new TokenVerifier(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SecretKey key = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));

    private JwtBuilder validToken() {
        return Jwts.builder()
                .subject("client-1")
                .issuer("merchant-analysis")
                .audience().add("merchant-analysis-api").and()
                .issuedAt(Date.from(NOW.minusSeconds(10)))
                .expiration(Date.from(NOW.plusSeconds(3590)))
                .id("jti-1")
                .claim("roles", List.of("MERCHANT"))
                .claim("merchant_id", "m-1");
    }

    @Test
    void acceptsAValidTokenAndReadsItsClaims() {
        VerifiedToken token = verifier.verify(validToken().signWith(key).compact());

        assertThat(token.subject()).isEqualTo("client-1");
        assertThat(token.roles()).containsExactly(Role.MERCHANT);
        assertThat(token.merchantId()).isEqualTo("m-1");
        assertThat(token.tokenId()).isEqualTo("jti-1");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3590));
    }

    @Test
    void refusesAnExpiredToken() {
        String token = validToken().issuedAt(Date.from(NOW.minusSeconds(7200)))
                .expiration(Date.from(NOW.minusSeconds(61))).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() {
        String token = validToken().issuedAt(Date.from(NOW.minusSeconds(3600)))
                .expiration(Date.from(NOW.minusSeconds(30))).signWith(key).compact();

        assertThat(verifier.verify(token).subject()).isEqualTo("client-1");
    }

    @Test
    void refusesAnUnsignedToken() {
        String unsigned = validToken().compact();

        assertThat(unsigned).endsWith(".");
        assertThatThrownBy(() -> verifier.verify(unsigned)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAnAlgNoneTokenCarryingTheOriginalSignature() {
        String signed = validToken().signWith(key).compact();
        String[] parts = signed.split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(noneHeader + "." + parts[1] + "." + parts[2]))
                .isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(noneHeader + "." + parts[1] + "."))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() {
        SecretKey other = Keys.hmacShaKeyFor("another-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(validToken().signWith(other).compact()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String[] parts = validToken().signWith(key).compact().split("\\.");
        String adminPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("MERCHANT", "ADMIN").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + adminPayload + "." + parts[2]))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAnRsaSignedToken() {
        KeyPair rsa = Jwts.SIG.RS256.keyPair().build();

        assertThatThrownBy(() -> verifier.verify(validToken().signWith(rsa.getPrivate()).compact()))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAWrongIssuerOrAudience() {
        String wrongIssuer = validToken().issuer("someone-else").signWith(key).compact();
        String wrongAudience = Jwts.builder().subject("client-1").issuer("merchant-analysis")
                .audience().add("another-api").and()
                .issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60)))
                .claim("roles", List.of("ADMIN")).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(wrongIssuer)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("not issued for this platform");
        assertThatThrownBy(() -> verifier.verify(wrongAudience)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("not issued for this platform");
    }

    @Test
    void refusesATokenWithoutExpiry() {
        String token = Jwts.builder().subject("client-1").issuer("merchant-analysis")
                .audience().add("merchant-analysis-api").and()
                .issuedAt(Date.from(NOW)).claim("roles", List.of("ADMIN")).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("'exp'");
    }

    @Test
    void refusesATokenNotValidYetOrIssuedInTheFuture() {
        String notBefore = validToken().notBefore(Date.from(NOW.plusSeconds(600))).signWith(key).compact();
        String issuedLater = validToken().issuedAt(Date.from(NOW.plusSeconds(600)))
                .expiration(Date.from(NOW.plusSeconds(1200))).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(notBefore)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(issuedLater)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("future");
    }

    @Test
    void refusesATokenLivingLongerThanAllowed() {
        String token = validToken().expiration(Date.from(NOW.plus(Duration.ofDays(30)))).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("lifetime");
    }

    @Test
    void refusesUnknownRolesAndMerchantTokensWithoutAMerchant() {
        String unknownRole = validToken().claim("roles", List.of("ROOT")).signWith(key).compact();
        String noMerchant = validToken().claim("merchant_id", null).signWith(key).compact();

        assertThatThrownBy(() -> verifier.verify(unknownRole)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(noMerchant)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("merchant");
    }

    @Test
    void refusesGarbageAndOversizedTokens() {
        assertThatThrownBy(() -> verifier.verify("not-a-token")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("a.b.c")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("x".repeat(64 * 1024))).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("too long");
    }

    @Test
    void settingsRefuseAShortSecret() {
        assertThatThrownBy(() -> new JwtSettings("too-short", "i", "a", Duration.ofHours(1), Duration.ofSeconds(60),
                Duration.ofHours(24), "HS256"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JWT_SECRET").hasMessageContaining("32 bytes");
    }

    @Test
    void settingsRefuseOtherAlgorithms() {
        assertThatThrownBy(() -> new JwtSettings(SECRET, "i", "a", Duration.ofHours(1), Duration.ofSeconds(60),
                Duration.ofHours(24), "RS256"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JWT_ALGORITHM");
    }

    @Test
    void refusesAnotherHmacAlgorithmEvenWithTheRightKey() {
        String longSecret = "a-64-byte-secret-so-that-hs512-would-be-possible-0123456789abcdef";
        JwtSettings settings = new JwtSettings(longSecret, "merchant-analysis", "merchant-analysis-api",
                Duration.ofHours(1), Duration.ofSeconds(60), Duration.ofHours(24), "HS256");
        TokenVerifier strict = new TokenVerifier(settings, Clock.fixed(NOW, ZoneOffset.UTC));
        SecretKey longKey = Keys.hmacShaKeyFor(longSecret.getBytes(StandardCharsets.UTF_8));

        assertThat(strict.verify(validToken().signWith(longKey, Jwts.SIG.HS256).compact()).subject()).isEqualTo("client-1");
        assertThatThrownBy(() -> strict.verify(validToken().signWith(longKey, Jwts.SIG.HS512).compact()))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("not signed as required");
    }
}
