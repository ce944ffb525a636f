package com.merchantanalysis.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Lets Spring Security's resource server use our {@link TokenVerifier}: same checks in the gateway
 * and in every service, and Spring's standard 401 {@code WWW-Authenticate: Bearer error="invalid_token"}.
 * <p>
 * A client sends the same token with every request until it expires, and parsing its JSON costs more
 * than the rest of the check, so the claims of tokens that passed are remembered until the token
 * expires, keyed by the SHA-256 of the token's exact text: a changed byte is a miss, and the cache
 * holds no bearer token that a heap dump could give away. At most {@value #MAX_REMEMBERED_TOKENS}
 * are remembered (the least used leave first). Refused tokens are never remembered, so a token refused
 * now (not valid yet, say) is checked in full again next time.
 * <p>
 * Revocation: the platform has none before expiry (tokens are stateless, nothing lists revoked ones),
 * so a remembered token is answered exactly as the full check would answer it. Whoever adds revocation
 * must consult it on every call here, remembered or not.
 */
public class VerifiedTokenJwtDecoder implements JwtDecoder {

    static final int MAX_REMEMBERED_TOKENS = 10_000;

    private final TokenVerifier verifier;
    private final Clock clock;
    private final Cache<TokenHash, Passed> passed;

    public VerifiedTokenJwtDecoder(TokenVerifier verifier, Clock clock) {
        this(verifier, clock, MAX_REMEMBERED_TOKENS);
    }

    VerifiedTokenJwtDecoder(TokenVerifier verifier, Clock clock, int maxRemembered) {
        this.verifier = verifier;
        this.clock = clock;
        this.passed = Caffeine.newBuilder()
                .maximumSize(maxRemembered)
                // Each entry leaves when its token expires; the check on every hit below is what decides.
                .expireAfter(Expiry.<TokenHash, Passed>creating((hash, entry) -> untilExpiry(entry.token())))
                // Evictions on the calling thread: no pool tasks per request, and the bound holds at once.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        TokenHash hash = TokenHash.of(token);
        Passed remembered = hash == null ? null : passed.getIfPresent(hash);
        if (remembered != null && clock.instant().isBefore(remembered.token().expiresAt())) {
            return remembered.jwt(token);
        }
        Passed verified = new Passed(verify(token));
        if (hash != null) {
            passed.put(hash, verified);
        }
        return verified.jwt(token);
    }

    /** How many tokens are remembered now (for tests). */
    long rememberedCount() {
        passed.cleanUp();
        return passed.estimatedSize();
    }

    private VerifiedToken verify(String token) {
        try {
            return verifier.verify(token);
        } catch (InvalidTokenException e) {
            throw new BadJwtException(e.getMessage(), e);
        }
    }

    private Duration untilExpiry(VerifiedToken token) {
        Duration left = Duration.between(clock.instant(), token.expiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A token that passed, with its claims as Spring Security's Jwt has them, made once. */
    private record Passed(VerifiedToken token, Map<String, Object> claims) {

        private static final Map<String, Object> HEADERS = Map.of("alg", "HS256");

        Passed(VerifiedToken token) {
            this(token, claims(token));
        }

        /** The Jwt for the text presented now: the cache keeps claims, never the token itself. */
        Jwt jwt(String tokenText) {
            return new Jwt(tokenText, token.issuedAt(), token.expiresAt(), HEADERS, claims);
        }

        private static Map<String, Object> claims(VerifiedToken verified) {
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
            return Collections.unmodifiableMap(claims);
        }
    }

    /** The SHA-256 of a token's text, as a cache key. */
    record TokenHash(byte[] digest) {

        /** One digest per thread: looking one up costs more than hashing a token. */
        private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(TokenHash::sha256);

        /** Null for what cannot be a token: the full check refuses it, and it is never remembered. */
        static TokenHash of(String token) {
            if (token == null || token.isBlank() || token.length() > TokenVerifier.MAX_TOKEN_CHARS) {
                return null;
            }
            return new TokenHash(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java platform has SHA-256", e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenHash that && Arrays.equals(digest, that.digest);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return "TokenHash";
        }
    }
}
