package com.merchantanalysis.common.security;

/** Names of the platform's own claims, beside the registered ones (sub, iss, aud, iat, exp, jti). */
public final class TokenClaims {

    public static final String ROLES = "roles";
    public static final String MERCHANT_ID = "merchant_id";

    private TokenClaims() {
    }
}
