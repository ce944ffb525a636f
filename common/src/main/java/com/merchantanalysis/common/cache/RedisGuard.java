package com.merchantanalysis.common.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.merchantanalysis.common.log.ThrottledWarning;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

/**
 * The one circuit breaker in front of an app's Redis, which only ever accelerates (answer caches, the
 * gateway's rate limiter): while Redis fails, callers skip it at once instead of each waiting out its
 * timeout, and a few calls try it again every {@code openFor}, so service resumes within seconds of
 * Redis returning.
 *
 * <p>Every call that did not reach Redis counts in {@code merchant_cache_errors_total{cache, operation,
 * cause}} ({@code cause} is {@code error} or {@code skipped}); {@code merchant_redis_breaker_open} is 1
 * while Redis is skipped; one WARN line at most every 10 s says what happened.
 */
public final class RedisGuard {

    private final CircuitBreaker breaker;
    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final ThrottledWarning warning = new ThrottledWarning(LoggerFactory.getLogger(RedisGuard.class),
            Duration.ofSeconds(10));

    /** @param clock  the app's clock, which decides when {@code openFor} has passed */
    public RedisGuard(CacheSettings settings, MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.breaker = CircuitBreaker.of("redis", CircuitBreakerConfig.custom()
                .clock(clock)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.min(5, settings.window()))
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        Gauge.builder("merchant.redis.breaker.open", breaker,
                        b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                .description("1 while Redis is skipped after failures, else 0")
                .register(meters);
    }

    /**
     * Whether a Redis call may go ahead now. When it may, the caller must report how it went with
     * {@link #succeeded} or {@link #failed}; when not, the skip has been counted already.
     */
    public Call tryCall(String cache, String operation) {
        if (breaker.tryAcquirePermission()) {
            return new Call(cache, operation, breaker.getCurrentTimestamp());
        }
        count(cache, operation, "skipped");
        warning.warn("Redis skipped for {} after recent failures: answering without it", cache);
        return null;
    }

    /** One Redis call the breaker let through. */
    public final class Call {

        private final String cache;
        private final String operation;
        private final long start;

        private Call(String cache, String operation, long start) {
            this.cache = cache;
            this.operation = operation;
            this.start = start;
        }

        public void succeeded() {
            breaker.onSuccess(elapsed(), breaker.getTimestampUnit());
        }

        public void failed(Throwable error) {
            breaker.onError(elapsed(), breaker.getTimestampUnit(), error);
            count(cache, operation, "error");
            warning.warn("Redis {} for {} failed, answering without it: {}", operation, cache, error.toString());
        }

        /** The caller gave up waiting (a cancelled reactive call): neither a success nor a failure. */
        public void abandoned() {
            breaker.releasePermission();
        }

        private long elapsed() {
            return breaker.getCurrentTimestamp() - start;
        }
    }

    /** Registers a cache's counters at zero, so that dashboards and alerts see them before any trouble. */
    public void register(String cache) {
        for (String operation : new String[] { "read", "write" }) {
            for (String cause : new String[] { "error", "skipped" }) {
                counter(cache, operation, cause);
            }
        }
    }

    private void count(String cache, String operation, String cause) {
        counter(cache, operation, cause).increment();
    }

    private Counter counter(String cache, String operation, String cause) {
        return counters.computeIfAbsent(cache + '/' + operation + '/' + cause, k -> Counter.builder("merchant.cache.errors")
                .description("Redis calls of a cache or the rate limiter that failed or were skipped; the request went on without")
                .tag("cache", cache).tag("operation", operation).tag("cause", cause)
                .register(meters));
    }

    /** For tests and health views: whether Redis is being skipped now. */
    public boolean open() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }
}
