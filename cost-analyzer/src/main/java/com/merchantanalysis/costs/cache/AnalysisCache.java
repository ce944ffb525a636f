package com.merchantanalysis.costs.cache;

import java.util.function.Supplier;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers kept in Redis, keyed by analysis, merchant, the merchant's data version and the request's
 * parameters, so that new data never meets an old answer. Redis is an accelerator only: when it fails
 * the answer is computed as if nothing were cached, and a counter and a WARN line say so.
 */
@Component
public class AnalysisCache {

    private static final Logger log = LoggerFactory.getLogger(AnalysisCache.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final CostMetrics metrics;
    private final CostSettings settings;

    AnalysisCache(StringRedisTemplate redis, JsonMapper json, CostMetrics metrics, CostSettings settings) {
        this.redis = redis;
        this.json = json;
        this.metrics = metrics;
        this.settings = settings;
    }

    /**
     * The cached answer, or {@code compute}'s, stored on the way out. {@code parameters} must name every
     * input that changes the answer (the resolved period, compareTo, what-ifs, paging).
     */
    public <T> T get(String analysis, MerchantDocument merchant, String parameters, Class<T> type,
            Supplier<T> compute) {
        String key = String.join(":", CostMetrics.CACHE_NAME, analysis, merchant.id(),
                "v" + merchant.dataVersion(), parameters);
        String cached = read(key, merchant.id());
        if (cached != null) {
            try {
                return json.readValue(cached, type);
            } catch (RuntimeException e) {
                log.warn("Ignoring an unreadable cached {} for merchant {}: {}", analysis, merchant.id(), e.getMessage());
            }
        }
        T answer = compute.get();
        write(key, json.writeValueAsString(answer), merchant.id());
        return answer;
    }

    private String read(String key, String merchantId) {
        try {
            return redis.opsForValue().get(key);
        } catch (RuntimeException e) {
            failed("read", merchantId, e);
            return null;
        }
    }

    private void write(String key, String value, String merchantId) {
        try {
            redis.opsForValue().set(key, value, settings.cacheTtl());
        } catch (RuntimeException e) {
            failed("write", merchantId, e);
        }
    }

    private void failed(String operation, String merchantId, RuntimeException e) {
        metrics.cacheError();
        log.warn("Cache {} failed for merchant {}, answering uncached: {}", operation, merchantId, e.getMessage());
    }
}
