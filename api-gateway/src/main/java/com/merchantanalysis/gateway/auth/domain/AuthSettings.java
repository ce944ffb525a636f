package com.merchantanalysis.gateway.auth.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API client settings.
 *
 * @param adminClientId      the bootstrap ADMIN client created on first start (ADMIN_CLIENT_ID)
 * @param adminClientSecret  its secret (ADMIN_CLIENT_SECRET); no bootstrap client when blank
 * @param bcryptStrength     cost of the secret hashes; 10 takes tens of milliseconds per check
 */
@Validated
@ConfigurationProperties("merchant.auth")
public record AuthSettings(
        String adminClientId,
        String adminClientSecret,
        @DefaultValue("10") @Min(4) @Max(16) int bcryptStrength) {

    @Override
    public String toString() {
        return "AuthSettings[adminClientId=" + adminClientId + ", bcryptStrength=" + bcryptStrength + "]";
    }
}
