package com.merchantanalysis.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Without Redis (nothing listens on the port), as in an outage: what the cache still does for the app. */
class MerchantCacheTest {

    private static final MerchantDocument MERCHANT = new MerchantDocument("m1", "Shop", Industry.CONVENIENCE_STORE,
            "Hangzhou", LocalDate.of(2022, 1, 1), "Asia/Shanghai", List.of(), List.of(), new BigDecimal("1000.00"), 1,
            Instant.parse("2026-01-01T00:00:00Z"), null, 3); // data version 1

    private final LettuceConnectionFactory connections = deadRedis();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CacheSettings settings = new CacheSettings(Duration.ofHours(1), 50, 10, Duration.ofSeconds(2), 16);
    private final MerchantCache cache = new MerchantCache("test-app", new StringRedisTemplate(connections),
            JsonMapper.builder().build(), new RedisGuard(settings, meters, Clock.systemUTC()), settings);
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        threads.shutdownNow();
        connections.destroy();
    }

    @Test
    void concurrentRequestsForTheSameAnswerShareOneComputation() throws Exception {
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> answers = new java.util.ArrayList<>();
        List<Thread> callers = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(threads.submit(() -> {
                callers.add(Thread.currentThread());
                return cache.get("summary", MERCHANT, "h30", String.class, () -> {
                    computations.incrementAndGet();
                    await(release);
                    return "answer";
                });
            }));
        }
        // All four are parked past their Redis read: the first on the computation, the others on its answer.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> callers.size() == 4
                && callers.stream().allMatch(MerchantCacheTest::parkedOutsideRedis));
        release.countDown();

        for (Future<String> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void whileRedisCannotBeReadTheAnswerServedLatelyIsServedAgainAndTheOutageCounted() {
        AtomicInteger computations = new AtomicInteger();

        cache.get("summary", MERCHANT, "h30", String.class, () -> "a" + computations.incrementAndGet());
        String second = cache.get("summary", MERCHANT, "h30", String.class, () -> "a" + computations.incrementAndGet());
        String otherParameters = cache.get("summary", MERCHANT, "h60", String.class,
                () -> "b" + computations.incrementAndGet());

        assertThat(second).isEqualTo("a1");
        assertThat(otherParameters).isEqualTo("b2");
        assertThat(meters.get("merchant.cache.errors").tag("cache", "test-app").tag("cause", "error").counters())
                .anySatisfy(counter -> assertThat(counter.count()).isPositive());
    }

    @Test
    void anAnswerServedOnceIsServedAgainFromMemoryWithoutAskingRedis() {
        cache.get("summary", MERCHANT, "h30", String.class, () -> "answer");
        double redisCalls = redisErrors(); // every call to this Redis fails, or is skipped, and is counted

        assertThat(cache.get("summary", MERCHANT, "h30", String.class, () -> "computed again")).isEqualTo("answer");
        assertThat(cache.storedFor("summary", "m1", 1, "h30", String.class)).contains("answer");
        assertThat(redisErrors()).isEqualTo(redisCalls).isPositive();
    }

    @Test
    void newDataIsNeverAnsweredFromMemory() {
        cache.get("summary", MERCHANT, "h30", String.class, () -> "old data");
        MerchantDocument newer = new MerchantDocument("m1", "Shop", Industry.CONVENIENCE_STORE, "Hangzhou",
                LocalDate.of(2022, 1, 1), "Asia/Shanghai", List.of(), List.of(), new BigDecimal("1000.00"), 2,
                Instant.parse("2026-01-01T00:00:00Z"), null, 3); // data version 2

        assertThat(cache.get("summary", newer, "h30", String.class, () -> "new data")).isEqualTo("new data");
    }

    @Test
    void byAKnownDataVersionOnlyThatVersionsAnswerIsFoundAndNothingIsComputed() {
        cache.get("summary", MERCHANT, "h30", String.class, () -> "version 1");

        assertThat(cache.storedFor("summary", "m1", 1, "h30", String.class)).contains("version 1");
        assertThat(cache.storedFor("summary", "m1", 2, "h30", String.class)).isEmpty();
        assertThat(cache.storedFor("summary", "m1", 1, "h60", String.class)).isEmpty();
        assertThat(cache.storedFor("summary", "m2", 1, "h30", String.class)).isEmpty();
    }

    private double redisErrors() {
        return meters.get("merchant.cache.errors").tag("cache", "test-app").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private static boolean parkedOutsideRedis(Thread caller) {
        boolean parked = caller.getState() == Thread.State.WAITING || caller.getState() == Thread.State.TIMED_WAITING;
        return parked && java.util.Arrays.stream(caller.getStackTrace())
                .noneMatch(frame -> frame.getClassName().startsWith("io.lettuce"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LettuceConnectionFactory deadRedis() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
