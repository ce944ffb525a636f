package com.merchantanalysis.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.cache.RedisGuard;
import com.merchantanalysis.common.log.ThrottledWarning;
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
 * {@code redisTimeout} the same way. While the app's {@link RedisGuard} has Redis open-circuited after
 * failures, requests are let through without calling it at all, so an outage adds no latency.
 */
public class FailOpenRedisRateLimiter extends RedisRateLimiter {

    private static final String FAILED_OPEN = "-1";

    static final String GUARD_NAME = "rate-limiter";

    private final Counter failOpen;
    private final Duration redisTimeout;
    private final RedisGuard guard;
    /** Not this class's logger: the library logs a trace per request under it, so that one is off. */
    private final ThrottledWarning warning = new ThrottledWarning(
            LoggerFactory.getLogger("com.merchantanalysis.gateway.ratelimit.RateLimiterFailOpen"), Duration.ofSeconds(10));

    public FailOpenRedisRateLimiter(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script,
            ConfigurationService configuration, MeterRegistry meters, Duration redisTimeout, RedisGuard guard) {
        super(redis, script, configuration);
        this.redisTimeout = redisTimeout;
        this.guard = guard;
        this.failOpen = Counter.builder("gateway.ratelimiter.fail.open")
                .description("Requests let through without a rate-limit check because Redis did not answer")
                .register(meters);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return Mono.defer(() -> {
            RedisGuard.Call call = guard.tryCall(GUARD_NAME, "read");
            if (call == null) {
                return Mono.just(failedOpen());
            }
            return super.isAllowed(routeId, id)
                    .timeout(redisTimeout)
                    .doOnNext(response -> succeededUnlessFailedOpen(call, response))
                    .doOnError(call::failed)
                    .doOnCancel(call::abandoned)
                    .onErrorResume(error -> Mono.just(failedOpen()));
        }).doOnNext(response -> {
            if (response.isAllowed() && FAILED_OPEN.equals(response.getHeaders().get(getRemainingHeader()))) {
                failOpen.increment();
                warning.warn("Rate limiter failed open for route {}: Redis did not answer", routeId);
            }
        });
    }

    private Response failedOpen() {
        return new Response(true, Map.of(getRemainingHeader(), FAILED_OPEN));
    }

    /** The library swallows Redis errors into a "failed open" answer; the guard must still hear of them. */
    private void succeededUnlessFailedOpen(RedisGuard.Call call, Response response) {
        if (FAILED_OPEN.equals(response.getHeaders().get(getRemainingHeader()))) {
            call.failed(new IllegalStateException("rate limiter script failed"));
        } else {
            call.succeeded();
        }
    }
}
