package com.merchantanalysis.compliance.summary.domain;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Summaries in Redis. Redis is an optimisation only: when it fails the caller computes the summary
 * uncached, and {@code merchant_cache_errors_total{cache="compliance-summary"}} plus a WARN line say so.
 */
@Component
public class SummaryCache {

    static final String CACHE = "compliance-summary";
    private static final Logger log = LoggerFactory.getLogger(SummaryCache.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Counter errors;

    SummaryCache(StringRedisTemplate redis, JsonMapper json, MeterRegistry registry) {
        this.redis = redis;
        this.json = json;
        this.errors = Counter.builder("merchant.cache.errors").description("Cache operations that failed")
                .tag("cache", CACHE).register(registry);
    }

    public Optional<ComplianceSummary> get(String key) {
        try {
            String value = redis.opsForValue().get(key);
            return value == null ? Optional.empty() : Optional.of(json.readValue(value, ComplianceSummary.class));
        } catch (RuntimeException e) {
            failed("read", key, e);
            return Optional.empty();
        }
    }

    public void put(String key, ComplianceSummary summary, Duration ttl) {
        try {
            redis.opsForValue().set(key, json.writeValueAsString(summary), ttl);
        } catch (RuntimeException e) {
            failed("write", key, e);
        }
    }

    private void failed(String operation, String key, RuntimeException e) {
        errors.increment();
        log.warn("Cache {} {} failed, answering uncached: {}", CACHE, operation, e.getMessage());
    }
}
