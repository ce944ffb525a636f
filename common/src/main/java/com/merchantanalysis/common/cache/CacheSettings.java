package com.merchantanalysis.common.cache;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How an app uses Redis as an accelerator ({@code merchant.cache.*}).
 *
 * @param ttl             how long an answer stays cached; its key carries the merchant's data version, so new
 *                        data is never answered from an old entry whatever the TTL
 * @param failureRate     percentage of failed Redis calls, among the last {@code window}, that opens the breaker
 * @param window          how many recent Redis calls the failure rate is judged on
 * @param openFor         how long Redis is skipped once the breaker opened, before a few calls try it again
 * @param memorySize      answers served lately that an app keeps in memory and serves before asking Redis,
 *                        and while Redis cannot be read (0: none)
 */
@Validated
@ConfigurationProperties("merchant.cache")
public record CacheSettings(
        @DefaultValue("1h") @NotNull Duration ttl,
        @DefaultValue("50") @Min(1) @Max(100) int failureRate,
        @DefaultValue("10") @Min(2) @Max(1000) int window,
        @DefaultValue("2s") @NotNull Duration openFor,
        @DefaultValue("256") @Min(0) int memorySize) {
}
