package com.merchantanalysis.common.security;

import java.time.Instant;
import java.util.Set;

/** The claims of an access token whose signature, issuer, audience and times were checked. */
public record VerifiedToken(
        String subject,
        Set<Role> roles,
        String merchantId,
        String tokenId,
        Instant issuedAt,
        Instant expiresAt) {

    public VerifiedToken {
        roles = Set.copyOf(roles);
    }
}
