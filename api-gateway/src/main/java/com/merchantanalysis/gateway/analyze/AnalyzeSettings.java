package com.merchantanalysis.gateway.analyze;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code /merchant/analyze} assembles its report. Per-call timeouts, retries, circuit breakers and
 * bulkheads are Resilience4j's own settings ({@code resilience4j.*}, one instance per service).
 *
 * @param defaultHorizon   forecast days when the caller gives no {@code horizon}
 * @param sectionDeadline  the most one section may take, retries included; then it is unavailable
 * @param cacheTtl         how long a report and its sections stay cached (new data changes the key anyway)
 * @param cacheTimeout     how long a cache call may take before the report goes on without it; as long as
 *                         Redis's own command timeout, since the app's Redis breaker, not this limit, is what
 *                         keeps an outage cheap (250 ms counted errors under load with no fault)
 */
@Validated
@ConfigurationProperties("merchant.gateway.analyze")
public record AnalyzeSettings(
        @DefaultValue("30") @Min(1) int defaultHorizon,
        @DefaultValue("4s") @NotNull Duration sectionDeadline,
        @DefaultValue("10m") @NotNull Duration cacheTtl,
        @DefaultValue("500ms") @NotNull Duration cacheTimeout) {
}
