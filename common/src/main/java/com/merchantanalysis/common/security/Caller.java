package com.merchantanalysis.common.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the verified token says. The merchant a MERCHANT client may see comes only from
 * here, never from a path, query, body or header.
 */
public record Caller(String clientId, Set<Role> roles, String merchantId) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller from(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("No verified token for this request");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : jwt.getClaimAsStringList(TokenClaims.ROLES)) {
            roles.add(Role.valueOf(role));
        }
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString(TokenClaims.MERCHANT_ID));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller may see the merchant's data: staff see all, a merchant only its own. */
    public boolean maySee(String merchantId) {
        if (hasRole(Role.ADMIN) || hasRole(Role.ANALYST)) {
            return true;
        }
        return hasRole(Role.MERCHANT) && this.merchantId != null && this.merchantId.equals(merchantId);
    }
}
