package com.merchantanalysis.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits of the gateway's own endpoints (the routes set theirs in their {@code RequestRateLimiter}
 * filter arguments), and how long the limiter may wait for Redis before letting a request through.
 *
 * @param controllerPaths  the gateway's own endpoints that spend a client's budget
 * @param controllers      their budget per client
 * @param redisTimeout     after this the limiter fails open (counted and logged)
 * @param lease            tokens taken from Redis ahead of a client's next requests ({@link TokenLeases})
 */
@Validated
@ConfigurationProperties("merchant.gateway.rate-limit")
public record RateLimitSettings(
        @DefaultValue("/merchant/analyze") List<String> controllerPaths,
        @DefaultValue @Valid Limit controllers,
        @DefaultValue("500ms") @NotNull Duration redisTimeout,
        @DefaultValue @Valid Lease lease) {

    /**
     * A token bucket per client.
     *
     * @param replenishRate    requests per second a client may keep up
     * @param burstCapacity    requests a client may make at once
     * @param requestedTokens  tokens one request costs
     */
    public record Limit(
            @DefaultValue("100") @Min(1) int replenishRate,
            @DefaultValue("200") @Min(1) int burstCapacity,
            @DefaultValue("1") @Min(1) int requestedTokens) {
    }

    /**
     * Leases of a client's tokens, kept by each gateway instance.
     *
     * @param maxRequests  most requests one lease serves (also at most a twentieth of the burst); 1 turns
     *                     leases off, so that every request asks Redis
     * @param time         a lease's tokens not spent within this are dropped
     * @param maxClients   most clients with a lease at once (the least recent go first)
     */
    public record Lease(
            @DefaultValue("10") @Min(1) int maxRequests,
            @DefaultValue("1s") @NotNull Duration time,
            @DefaultValue("10000") @Min(1) int maxClients) {
    }
}
