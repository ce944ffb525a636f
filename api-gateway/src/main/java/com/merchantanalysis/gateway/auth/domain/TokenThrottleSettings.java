package com.merchantanalysis.gateway.auth.domain;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Throttling of token requests that fail, per client id.
 *
 * @param maxFailures  failed requests for one client id within {@code window} before it is locked
 * @param window       how long failures are remembered
 * @param lockout      how long every token request for a locked client id gets 429
 * @param maxTracked   client ids remembered at once (memory bound; the oldest are forgotten first)
 */
@Validated
@ConfigurationProperties("merchant.auth.throttle")
public record TokenThrottleSettings(
        @DefaultValue("5") @Min(1) @Max(1000) int maxFailures,
        @DefaultValue("15m") @NotNull Duration window,
        @DefaultValue("5m") @NotNull Duration lockout,
        @DefaultValue("100000") @Min(100) long maxTracked) {
}
