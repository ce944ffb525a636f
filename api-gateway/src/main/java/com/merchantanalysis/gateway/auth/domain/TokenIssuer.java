package com.merchantanalysis.gateway.auth.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.merchantanalysis.common.security.JwtSettings;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.security.TokenClaims;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.springframework.stereotype.Component;

/** Signs access tokens (HS256) with the claims every service checks, for API clients and users alike. */
@Component
public class TokenIssuer {

    private final JwtSettings settings;
    private final SecretKey key;
    private final Clock clock;

    TokenIssuer(JwtSettings settings, Clock clock) {
        this.settings = settings;
        this.key = Keys.hmacShaKeyFor(settings.secret().getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /**
     * A token for an API client or a user: the same claims either way.
     *
     * @param merchantId  the merchant a MERCHANT token is bound to; null for staff
     */
    public IssuedToken issue(String subject, Set<Role> roles, String merchantId) {
        Instant now = clock.instant();
        var builder = Jwts.builder()
                .header().type("JWT").and()
                .subject(subject)
                .issuer(settings.issuer())
                .audience().add(settings.audience()).and()
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(settings.expiresIn())))
                .id(UUID.randomUUID().toString())
                .claim(TokenClaims.ROLES, roles.stream().map(Role::name).sorted().toList());
        if (merchantId != null) {
            builder.claim(TokenClaims.MERCHANT_ID, merchantId);
        }
        return new IssuedToken(builder.signWith(key, Jwts.SIG.HS256).compact(), settings.expiresIn().toSeconds());
    }
}
