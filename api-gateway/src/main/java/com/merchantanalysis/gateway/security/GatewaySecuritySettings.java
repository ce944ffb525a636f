package com.merchantanalysis.gateway.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway hardens what passes through port 8000.
 *
 * @param hsts                 send {@code Strict-Transport-Security} (on in the docker profile, where TLS ends in
 *                             front of the gateway; off locally, where it would pin plain-HTTP localhost)
 * @param hstsMaxAge           how long browsers keep to HTTPS
 * @param corsAllowedOrigins   browser origins allowed to call the API (CORS_ALLOWED_ORIGINS); none by default
 * @param trustedProxies       remote addresses whose {@code Forwarded}/{@code X-Forwarded-*} headers are kept;
 *                             from anyone else they are removed before routing
 */
@Validated
@ConfigurationProperties("merchant.gateway.security")
public record GatewaySecuritySettings(
        @DefaultValue("false") boolean hsts,
        @DefaultValue("365d") @NotNull Duration hstsMaxAge,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue List<String> trustedProxies) {
}
