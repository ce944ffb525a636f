package com.merchantanalysis.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.gateway.edge.ThrottledWarning;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis token-bucket limiter, failing open the way it is designed to when Redis
 * cannot answer, but visibly: each request let through that way counts in
 * {@code gateway_ratelimiter_fail_open_total} and a WARN line says so (at most every 10 s). The
 * library itself answers "allowed, -1 remaining" after a Redis error; a slow Redis is cut off after
 * {@code redisTimeout} the same way.
 */
public class FailOpenRedisRateLimiter extends RedisRateLimiter {

    private static final String FAILED_OPEN = "-1";

    private final Counter failOpen;
    private final Duration redisTimeout;
    private final ThrottledWarning warning = new ThrottledWarning(
            LoggerFactory.getLogger(FailOpenRedisRateLimiter.class), Duration.ofSeconds(10));

    public FailOpenRedisRateLimiter(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script,
            ConfigurationService configuration, MeterRegistry meters, Duration redisTimeout) {
        super(redis, script, configuration);
        this.redisTimeout = redisTimeout;
        this.failOpen = Counter.builder("gateway.ratelimiter.fail.open")
                .description("Requests let through without a rate-limit check because Redis did not answer")
                .register(meters);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return super.isAllowed(routeId, id)
                .timeout(redisTimeout)
                .onErrorResume(error -> Mono.just(new Response(true, Map.of(getRemainingHeader(), FAILED_OPEN))))
                .doOnNext(response -> {
                    if (response.isAllowed() && FAILED_OPEN.equals(response.getHeaders().get(getRemainingHeader()))) {
                        failOpen.increment();
                        warning.warn("Rate limiter failed open for route {}: Redis did not answer", routeId);
                    }
                });
    }
}
