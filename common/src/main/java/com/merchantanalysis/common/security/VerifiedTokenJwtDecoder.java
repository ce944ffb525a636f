package com.merchantanalysis.common.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Lets Spring Security's resource server use our {@link TokenVerifier}: same checks in the gateway
 * and in every service, and Spring's standard 401 {@code WWW-Authenticate: Bearer error="invalid_token"}.
 */
public class VerifiedTokenJwtDecoder implements JwtDecoder {

    private final TokenVerifier verifier;

    public VerifiedTokenJwtDecoder(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
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
