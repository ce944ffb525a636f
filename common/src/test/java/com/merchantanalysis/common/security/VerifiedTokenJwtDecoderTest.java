package com.merchantanalysis.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.crypto.SecretKey;

import com.merchantanalysis.common.testsupport.MutableClock;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

/** The decoder remembers tokens that passed, and must still answer exactly as the full check would. */
class VerifiedTokenJwtDecoderTest {

    private static final String SECRET = "test-secret-that-is-long-enough-for-hs256!";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final JwtSettings SETTINGS = new JwtSettings(SECRET, "merchant-analysis", "merchant-analysis-api",
            Duration.ofHours(1), Duration.ofSeconds(60), Duration.ofHours(24), "HS256");

    private final MutableClock clock = new MutableClock(NOW);
    private final VerifiedTokenJwtDecoder decoder = new VerifiedTokenJwtDecoder(new TokenVerifier(SETTINGS, clock),
            clock);
    private final SecretKey key = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));

    private String token(String subject, Instant expiresAt) {
        return token(subject, NOW.minusSeconds(10), expiresAt, key);
    }

    private static String token(String subject, Instant issuedAt, Instant expiresAt, SecretKey signingKey) {
        return Jwts.builder()
                .subject(subject)
                .issuer("merchant-analysis")
                .audience().add("merchant-analysis-api").and()
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .claim("roles", List.of("MERCHANT"))
                .claim("merchant_id", "m-" + subject)
                .signWith(signingKey)
                .compact();
    }

    @Test
    void aRememberedTokenGivesTheSameClaimsAsItsFirstCheck() {
        String token = token("client-1", NOW.plusSeconds(600));

        Jwt first = decoder.decode(token);
        Jwt second = decoder.decode(token);

        assertThat(second.getClaims()).isEqualTo(first.getClaims());
        assertThat(second.getSubject()).isEqualTo("client-1");
        assertThat(second.getClaimAsString(TokenClaims.MERCHANT_ID)).isEqualTo("m-client-1");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        String token = token("client-1", NOW.plusSeconds(600));
        decoder.decode(token);

        clock.set(NOW.plusSeconds(600 + 61));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aTokenWithinTheClockSkewAfterExpiryIsStillAcceptedAsByTheFullCheck() {
        String token = token("client-1", NOW.plusSeconds(600));
        decoder.decode(token);

        clock.set(NOW.plusSeconds(600 + 30));

        assertThat(decoder.decode(token).getSubject()).isEqualTo("client-1");
    }

    @Test
    void aChangedSignatureIsRefusedEvenWhenTheOriginalWasRemembered() {
        String token = token("client-1", NOW.plusSeconds(600));
        decoder.decode(token);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);

        assertThatThrownBy(() -> decoder.decode(tampered)).isInstanceOf(BadJwtException.class);
        assertThat(decoder.decode(token).getSubject()).isEqualTo("client-1");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        String expired = token("client-2", NOW.minusSeconds(120));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(BadJwtException.class);
        }
    }

    @Test
    void aTokenRefusedNowIsCheckedInFullAgainLater() {
        // Issued 5 minutes ahead (beyond the 60 s clock skew): refused now, valid once that time comes.
        String early = token("client-3", NOW.plusSeconds(300), NOW.plusSeconds(900), key);
        assertThatThrownBy(() -> decoder.decode(early)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("future");

        clock.set(NOW.plusSeconds(300));

        assertThat(decoder.decode(early).getSubject()).isEqualTo("client-3");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedThoughATokenWithTheSameClaimsIsRemembered() {
        decoder.decode(token("client-1", NOW.plusSeconds(600)));
        SecretKey otherKey = Keys.hmacShaKeyFor("another-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8));
        String forged = token("client-1", NOW.minusSeconds(10), NOW.plusSeconds(600), otherKey);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void eachRememberedTokenAnswersWithItsOwnTextAndClaims() {
        String first = token("client-1", NOW.plusSeconds(600));
        String second = token("client-2", NOW.plusSeconds(600));
        decoder.decode(first);
        decoder.decode(second);

        Jwt again = decoder.decode(second);

        assertThat(again.getTokenValue()).isEqualTo(second);
        assertThat(again.getSubject()).isEqualTo("client-2");
        assertThat(decoder.decode(first).getTokenValue()).isEqualTo(first);
    }

    @Test
    void atMostTheBoundIsRememberedAndAForgottenTokenIsCheckedAgain() {
        VerifiedTokenJwtDecoder small = new VerifiedTokenJwtDecoder(new TokenVerifier(SETTINGS, clock), clock, 20);
        String firstToken = token("client-0", NOW.plusSeconds(600));
        small.decode(firstToken);
        for (int i = 1; i < 100; i++) {
            small.decode(token("client-" + i, NOW.plusSeconds(600)));
        }

        assertThat(small.rememberedCount()).isLessThanOrEqualTo(20);
        assertThat(small.decode(firstToken).getSubject()).isEqualTo("client-0");
    }
}
