package com.merchantanalysis.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import javax.crypto.SecretKey;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SecurityException;

/**
 * Checks access tokens: HS256 signature with the shared key, issuer, audience, expiry, not-before,
 * issued-at and maximum lifetime. jjwt checks exp and nbf only when present, so their presence and
 * the lifetime are checked here.
 */
public class TokenVerifier {

    /** Far above any token we issue; refusing larger ones early keeps parsing cheap. */
    static final int MAX_TOKEN_CHARS = 8 * 1024;

    private final JwtParser parser;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration maxLifetime;

    public TokenVerifier(JwtSettings settings, Clock clock) {
        SecretKey key = Keys.hmacShaKeyFor(settings.secret().getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
        this.clockSkew = settings.clockSkew();
        this.maxLifetime = settings.maxLifetime();
        this.parser = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(settings.issuer())
                .requireAudience(settings.audience())
                .clockSkewSeconds(settings.clockSkew().toSeconds())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    public VerifiedToken verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("The token is missing");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("The token is too long");
        }
        Jws<Claims> jws = parse(token);
        // RFC 8725 3.1: accept only the one algorithm we sign with, even if the key would fit another.
        if (!JwtSettings.SUPPORTED_ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("The token is malformed or not signed as required");
        }
        Claims claims = jws.getPayload();
        Instant expiresAt = required(claims.getExpiration(), "exp");
        Instant issuedAt = required(claims.getIssuedAt(), "iat");
        if (issuedAt.isAfter(clock.instant().plus(clockSkew))) {
            throw new InvalidTokenException("The token was issued in the future");
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(maxLifetime) > 0) {
            throw new InvalidTokenException("The token's lifetime is longer than allowed");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("The token has no subject");
        }
        Set<Role> roles = roles(claims.get(TokenClaims.ROLES));
        String merchantId = claims.get(TokenClaims.MERCHANT_ID, String.class);
        if (roles.contains(Role.MERCHANT) && (merchantId == null || merchantId.isBlank())) {
            throw new InvalidTokenException("A merchant token must name its merchant");
        }
        return new VerifiedToken(subject, roles, merchantId, claims.getId(), issuedAt, expiresAt);
    }

    private Jws<Claims> parse(String token) {
        try {
            return parser.parseSignedClaims(token);
        } catch (ExpiredJwtException e) {
            throw new InvalidTokenException("The token has expired", e);
        } catch (PrematureJwtException e) {
            throw new InvalidTokenException("The token is not valid yet", e);
        } catch (MissingClaimException | IncorrectClaimException e) {
            throw new InvalidTokenException("The token was not issued for this platform", e);
        } catch (SecurityException e) {
            throw new InvalidTokenException("The token's signature is not valid", e);
        } catch (JwtException | IllegalArgumentException e) {
            // Unsigned (alg none), malformed, or signed with an algorithm we do not accept.
            throw new InvalidTokenException("The token is malformed or not signed as required", e);
        }
    }

    private static Instant required(Date value, String claim) {
        if (value == null) {
            throw new InvalidTokenException("The token has no '" + claim + "' claim");
        }
        return value.toInstant();
    }

    private static Set<Role> roles(Object claim) {
        if (!(claim instanceof Collection<?> values) || values.isEmpty()) {
            throw new InvalidTokenException("The token has no roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            try {
                roles.add(Role.valueOf(String.valueOf(value)));
            } catch (IllegalArgumentException e) {
                throw new InvalidTokenException("The token has an unknown role");
            }
        }
        return roles;
    }
}
