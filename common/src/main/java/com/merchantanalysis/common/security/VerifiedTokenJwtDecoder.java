package com.merchantanalysis.common.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Lets Spring Security's resource server use our {@link TokenVerifier}: same checks in the gateway
 * and in every service, and Spring's standard 401 {@code WWW-Authenticate: Bearer error="invalid_token"}.
 * <p>
 * A client sends the same token with every request until it expires, and parsing its JSON costs more
 * than the rest of the check, so tokens that passed are remembered (by their exact text, so a changed
 * byte is a miss) until they expire. Tokens cannot be revoked before expiry here, so this answers as
 * the full check would. Refused tokens are never remembered.
 */
public class VerifiedTokenJwtDecoder implements JwtDecoder {

    static final int MAX_REMEMBERED_TOKENS = 10_000;

    private final TokenVerifier verifier;
    private final Clock clock;
    private final Cache<String, Jwt> passed = Caffeine.newBuilder()
            .maximumSize(MAX_REMEMBERED_TOKENS)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    public VerifiedTokenJwtDecoder(TokenVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = passed.getIfPresent(token);
        if (remembered != null && clock.instant().isBefore(remembered.getExpiresAt())) {
            return remembered;
        }
        Jwt jwt = verify(token);
        passed.put(token, jwt);
        return jwt;
    }

    private Jwt verify(String token) {
        VerifiedToken verified;
        try {
            verified = verifier.verify(token);
        } catch (InvalidTokenException e) {
            throw new BadJwtException(e.getMessage(), e);
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", verified.subject());
        claims.put(TokenClaims.ROLES, verified.roles().stream().map(Role::name).sorted().toList());
        if (verified.merchantId() != null) {
            claims.put(TokenClaims.MERCHANT_ID, verified.merchantId());
        }
        if (verified.tokenId() != null) {
            claims.put("jti", verified.tokenId());
        }
        claims.put("iat", verified.issuedAt());
        claims.put("exp", verified.expiresAt());
        return new Jwt(token, verified.issuedAt(), verified.expiresAt(), Map.of("alg", "HS256"), claims);
    }
}
