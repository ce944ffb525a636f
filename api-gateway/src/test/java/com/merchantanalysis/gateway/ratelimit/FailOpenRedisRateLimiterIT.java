package com.merchantanalysis.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.merchantanalysis.common.cache.CacheSettings;
import com.merchantanalysis.common.cache.RedisGuard;
import com.merchantanalysis.gateway.support.GatewayTestStores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Flux;

/**
 * The limiter with leases against a real Redis and the library's own script: a lease is taken from
 * the very bucket the library counts in, and near the limit each request is counted on its own.
 */
class FailOpenRedisRateLimiterIT {

    private LettuceConnectionFactory connections;
    private ReactiveStringRedisTemplate redis;
    private FailOpenRedisRateLimiter limiter;
    private final String client = "client:" + UUID.randomUUID();

    @BeforeEach
    void limiter() {
        connections = GatewayTestStores.redisConnections();
        redis = new ReactiveStringRedisTemplate(connections);
        @SuppressWarnings({ "unchecked", "rawtypes" })
        RedisScript<List<Long>> script = (RedisScript) RedisScript.of(
                new ClassPathResource("META-INF/scripts/request_rate_limiter.lua"), List.class);
        limiter = new FailOpenRedisRateLimiter(redis, script, null, new SimpleMeterRegistry(), Duration.ofSeconds(2),
                new RedisGuard(new CacheSettings(Duration.ofHours(1), 50, 10, Duration.ofSeconds(2), 0),
                        new SimpleMeterRegistry(), Clock.systemUTC()),
                new TokenLeases(new RateLimitSettings.Lease(10, Duration.ofSeconds(30), 100)));
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(ReactiveStringRedisTemplate.class, () -> redis);
            context.registerBean("redisRequestRateLimiterScript", RedisScript.class, () -> script);
            context.refresh();
            limiter.setApplicationContext(context);
        }
        limiter.getConfig().put("small", bucket(3));
        limiter.getConfig().put("wide", bucket(100));
    }

    @AfterEach
    void close() {
        connections.destroy();
    }

    private static RedisRateLimiter.Config bucket(int burst) {
        return new RedisRateLimiter.Config().setReplenishRate(1).setBurstCapacity(burst).setRequestedTokens(1);
    }

    private RateLimiter.Response allowed(String route) {
        return limiter.isAllowed(route, client).block(Duration.ofSeconds(5));
    }

    private String tokensInRedis(String route) {
        return redis.opsForValue().get(FailOpenRedisRateLimiter.keys(route, client).get(0)).block(Duration.ofSeconds(5));
    }

    @Test
    void theLeaseKeysAreTheLibrarysKeys() {
        // A burst of 3 has no lease: the library counts it, under the keys the leases use too.
        assertThat(allowed("small").isAllowed()).isTrue();

        assertThat(tokensInRedis("small")).isEqualTo("2");
    }

    @Test
    void aLeaseIsTakenFromTheSharedBucketOnceForSeveralRequests() {
        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RateLimiter.Response response = allowed("wide");
            assertThat(response.isAllowed()).isTrue();
            remaining.add(response.getHeaders().get(limiter.getRemainingHeader()));
        }

        // A burst of 100 leases 5 requests' tokens at once: one Redis call for these five.
        assertThat(tokensInRedis("wide")).isEqualTo("95");
        assertThat(remaining).containsExactly("99", "98", "97", "96", "95");

        // The next lease, from what the bucket has refilled since (one token a second).
        assertThat(allowed("wide").isAllowed()).isTrue();
        assertThat(Integer.parseInt(tokensInRedis("wide"))).isBetween(90, 93);
    }

    @Test
    void aBurstOfConcurrentRequestsWithinTheBudgetIsAllAllowedAndTheLimitHolds() {
        // 100 at once against a burst of 100: the first few lease, the rest find the bucket empty.
        List<Boolean> burst = Flux.range(0, 100).flatMap(i -> limiter.isAllowed("wide", client), 100)
                .map(RateLimiter.Response::isAllowed).collectList().block(Duration.ofSeconds(10));
        List<Boolean> after = Flux.range(0, 10).concatMap(i -> limiter.isAllowed("wide", client))
                .map(RateLimiter.Response::isAllowed).collectList().block(Duration.ofSeconds(10));

        assertThat(burst).hasSize(100).containsOnly(true);
        // The bucket refills by one a second: a slow machine may let one or two more through.
        assertThat(after.stream().filter(allowed -> allowed).count()).isLessThanOrEqualTo(3);
    }

    @Test
    void nearTheLimitEachRequestAsksForItsOwnTokensAndTheLimitHolds() {
        List<String> keys = FailOpenRedisRateLimiter.keys("wide", client);
        redis.opsForValue().set(keys.get(0), "3").block(Duration.ofSeconds(5));
        redis.opsForValue().set(keys.get(1), String.valueOf(Instant.now().getEpochSecond())).block(Duration.ofSeconds(5));

        List<Boolean> answers = new ArrayList<>();
        RateLimiter.Response response;
        do {
            response = allowed("wide");
            answers.add(response.isAllowed());
        } while (response.isAllowed() && answers.size() < 20);

        // 3 tokens, and the bucket refills by one a second: a slow machine may let one or two more through.
        assertThat(answers.size() - 1).isBetween(3, 5);
        assertThat(response.getHeaders().get(limiter.getRemainingHeader())).isEqualTo("0");
    }
}
