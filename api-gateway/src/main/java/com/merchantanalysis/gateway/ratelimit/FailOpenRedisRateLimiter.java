package com.merchantanalysis.gateway.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
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
 * <p>
 * Where a client's budget is large enough, tokens for its next few requests are taken from its Redis
 * bucket in one call and spent here ({@link TokenLeases}): the Redis round trip was the largest part
 * of the limiter's cost per request (async-profiler, issue 21). Near the limit (the bucket has fewer
 * tokens than a lease) the request asks for its own tokens alone, exactly as the library does.
 */
public class FailOpenRedisRateLimiter extends RedisRateLimiter {

    private static final String FAILED_OPEN = "-1";

    static final String GUARD_NAME = "rate-limiter";

    /** Where the library keeps the settings given in {@code default-filters}. */
    private static final String DEFAULT_FILTERS_CONFIG = "defaultFilters";

    private final Counter failOpen;
    private final Duration redisTimeout;
    private final RedisGuard guard;
    private final ReactiveStringRedisTemplate redis;
    private final RedisScript<List<Long>> script;
    private final TokenLeases leases;
    /** Not this class's logger: the library logs a trace per request under it, so that one is off. */
    private final ThrottledWarning warning = new ThrottledWarning(
            LoggerFactory.getLogger("com.merchantanalysis.gateway.ratelimit.RateLimiterFailOpen"), Duration.ofSeconds(10));

    public FailOpenRedisRateLimiter(ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script,
            ConfigurationService configuration, MeterRegistry meters, Duration redisTimeout, RedisGuard guard,
            TokenLeases leases) {
        super(redis, script, configuration);
        this.redisTimeout = redisTimeout;
        this.guard = guard;
        this.redis = redis;
        this.script = script;
        this.leases = leases;
        this.failOpen = Counter.builder("gateway.ratelimiter.fail.open")
                .description("Requests let through without a rate-limit check because Redis did not answer")
                .register(meters);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        Config config = configuration(routeId);
        int requestsPerLease = config == null ? 1 : leases.requestsPerLease(config);
        if (requestsPerLease > 1) {
            long left = leases.take(routeId, id, config.getRequestedTokens());
            if (left >= 0) {
                return Mono.just(new Response(true, getHeaders(config, left)));
            }
        }
        return Mono.defer(() -> {
            RedisGuard.Call call = guard.tryCall(GUARD_NAME, "read");
            if (call == null) {
                return Mono.just(failedOpen());
            }
            Mono<Response> answer = requestsPerLease > 1
                    ? leaseOrSingle(routeId, id, config, requestsPerLease)
                    : super.isAllowed(routeId, id);
            return answer
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

    /**
     * Takes this request's tokens and a lease's worth more in one call of the library's own script on
     * the library's own keys (one bucket, whichever path spends it); with too few left, only this
     * request's, through the library.
     */
    private Mono<Response> leaseOrSingle(String routeId, String id, Config config, int requestsPerLease) {
        long perRequest = config.getRequestedTokens();
        long wanted = perRequest * requestsPerLease;
        List<String> args = List.of(Integer.toString(config.getReplenishRate()),
                Long.toString(config.getBurstCapacity()), "", Long.toString(wanted));
        return redis.execute(script, keys(routeId, id), args)
                .reduce(new ArrayList<Long>(), (all, part) -> {
                    all.addAll(part);
                    return all;
                })
                .flatMap(result -> {
                    if (result.size() == 2 && result.get(0) == 1L) {
                        long bucketLeft = result.get(1);
                        leases.keep(routeId, id, wanted - perRequest, bucketLeft);
                        return Mono.just(new Response(true, getHeaders(config, bucketLeft + wanted - perRequest)));
                    }
                    return super.isAllowed(routeId, id).map(single -> single.isAllowed() ? single
                            : fromLeaseOr(single, routeId, id, config));
                });
    }

    /**
     * A request the bucket refused may still be served by a lease that concurrent requests of the same
     * client took meanwhile: those tokens left the bucket for this client's requests. Without this, a
     * burst of concurrent requests (the first few each leasing) found the bucket empty while their tokens
     * sat unspent here, and requests within the client's budget were refused.
     */
    private Response fromLeaseOr(Response refused, String routeId, String id, Config config) {
        long left = leases.take(routeId, id, config.getRequestedTokens());
        return left >= 0 ? new Response(true, getHeaders(config, left)) : refused;
    }

    /** The bucket's settings as the library finds them: the route's own, else those of the default filters. */
    private Config configuration(String routeId) {
        Config config = getConfig().get(routeId);
        return config != null ? config : getConfig().get(DEFAULT_FILTERS_CONFIG);
    }

    /** The library's keys for a client's bucket on a route (RedisRateLimiter.getKeys, not public). */
    static List<String> keys(String routeId, String id) {
        String prefix = "request_rate_limiter.{" + routeId + "." + id + "}.";
        return List.of(prefix + "tokens", prefix + "timestamp");
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
