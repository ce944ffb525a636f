package com.merchantanalysis.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * How access tokens are signed and checked (HS256). Every app reads the same values, so a token
 * the gateway issues is accepted by every service.
 *
 * @param secret       the HMAC key (JWT_SECRET); at least 32 bytes, as HS256 requires
 * @param expiresIn    lifetime of issued tokens (JWT_EXPIRES_IN, in seconds)
 * @param clockSkew    tolerance for clocks that disagree, applied to exp, nbf and iat
 * @param maxLifetime  tokens whose exp - iat is longer than this are refused
 * @param algorithm    JWT_ALGORITHM; only HS256 is supported, and saying otherwise stops the app
 */
@ConfigurationProperties("merchant.security.jwt")
public record JwtSettings(
        String secret,
        @DefaultValue("merchant-analysis") String issuer,
        @DefaultValue("merchant-analysis-api") String audience,
        @DefaultValue("3600") @DurationUnit(ChronoUnit.SECONDS) Duration expiresIn,
        @DefaultValue("60") @DurationUnit(ChronoUnit.SECONDS) Duration clockSkew,
        @DefaultValue("86400") @DurationUnit(ChronoUnit.SECONDS) Duration maxLifetime,
        @DefaultValue("HS256") String algorithm) {

    public static final int MIN_SECRET_BYTES = 32;
    public static final String SUPPORTED_ALGORITHM = "HS256";

    public JwtSettings {
        if (!SUPPORTED_ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("merchant.security.jwt.algorithm (JWT_ALGORITHM) must be "
                    + SUPPORTED_ALGORITHM + "; other algorithms are not supported");
        }
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("merchant.security.jwt.secret (JWT_SECRET) must be at least "
                    + MIN_SECRET_BYTES + " bytes for HS256; set a longer random value");
        }
        if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(maxLifetime) > 0) {
            throw new IllegalArgumentException("merchant.security.jwt.expires-in (JWT_EXPIRES_IN) must be positive "
                    + "and at most max-lifetime (" + maxLifetime.toSeconds() + " s)");
        }
    }

    @Override
    public String toString() {
        return "JwtSettings[issuer=" + issuer + ", audience=" + audience + ", expiresIn=" + expiresIn + "]";
    }
}
