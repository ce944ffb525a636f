package com.merchantanalysis.cashflow.forecast.cache;

import java.util.function.Supplier;

import com.merchantanalysis.cashflow.forecast.domain.ForecastSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers cached in Redis as JSON, keyed by service, merchant, the merchant's data version and the
 * request's parameters, so a new import or simulation is never answered from old data. Redis is an
 * optimisation: when it fails the answer is computed anyway, counted in
 * {@code merchant_cache_errors_total{cache="cashflow-service"}} and logged as a warning.
 */
@Component
public class ResultCache {

    static final String CACHE = "cashflow-service";

    private static final Logger log = LoggerFactory.getLogger(ResultCache.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final ForecastSettings settings;
    private final Counter errors;

    ResultCache(StringRedisTemplate redis, JsonMapper json, ForecastSettings settings, MeterRegistry registry) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
        this.errors = Counter.builder("merchant_cache_errors").description("Cache operations that failed")
                .tag("cache", CACHE).register(registry);
    }

    /** The key for one merchant answer: {@code cashflow-service:<merchant>:v<dataVersion>:<what>:<parameters>}. */
    public static String key(String merchantId, long dataVersion, String what, Object... parameters) {
        StringBuilder key = new StringBuilder(CACHE).append(':').append(merchantId).append(":v").append(dataVersion)
                .append(':').append(what);
        for (Object parameter : parameters) {
            key.append(':').append(parameter);
        }
        return key.toString();
    }

    public <T> T get(String key, Class<T> type, Supplier<T> compute) {
        String cached;
        try {
            cached = redis.opsForValue().get(key);
        } catch (RuntimeException unavailable) {
            failed("read", key, unavailable);
            return compute.get(); // Redis is down: do not wait for it a second time on the write
        }
        if (cached != null) {
            try {
                return json.readValue(cached, type);
            } catch (RuntimeException unreadable) {
                log.warn("Ignoring unreadable cache entry {}: {}", key, unreadable.getMessage());
            }
        }
        T value = compute.get();
        try {
            redis.opsForValue().set(key, json.writeValueAsString(value), settings.cacheTtl());
        } catch (RuntimeException unavailable) {
            failed("write", key, unavailable);
        }
        return value;
    }

    private void failed(String operation, String key, RuntimeException e) {
        errors.increment();
        log.warn("Cache {} failed for {}; answering uncached: {}", operation, key, e.getMessage());
    }
}
