package com.merchantanalysis.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.merchantanalysis.common.testsupport.MutableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class RedisGuardTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final RedisGuard guard = new RedisGuard(new CacheSettings(Duration.ofHours(1), 50, 10,
            Duration.ofMillis(200), 0), meters, clock);

    @Test
    void afterFiveFailuresRedisIsSkippedAndTheSkipsAreCounted() {
        for (int i = 0; i < 5; i++) {
            guard.tryCall("c", "read").failed(new IllegalStateException("connection refused"));
        }

        assertThat(guard.tryCall("c", "read")).isNull();
        assertThat(guard.open()).isTrue();
        assertThat(count("error")).isEqualTo(5);
        assertThat(count("skipped")).isEqualTo(1);
        assertThat(meters.get("merchant.redis.breaker.open").gauge().value()).isEqualTo(1);
    }

    @Test
    void onceOpenForHasPassedTwoGoodCallsCloseItAgain() {
        for (int i = 0; i < 5; i++) {
            guard.tryCall("c", "write").failed(new IllegalStateException("timeout"));
        }
        clock.advance(Duration.ofMillis(199));
        assertThat(guard.tryCall("c", "read")).as("still open").isNull();
        clock.advance(Duration.ofMillis(2));

        guard.tryCall("c", "read").succeeded();
        guard.tryCall("c", "read").succeeded();

        assertThat(guard.open()).isFalse();
        assertThat(guard.tryCall("c", "read")).isNotNull();
    }

    @Test
    void aCancelledTrialCallDoesNotKeepTheBreakerHalfOpenForever() {
        for (int i = 0; i < 5; i++) {
            guard.tryCall("c", "read").failed(new IllegalStateException("timeout"));
        }
        clock.advance(Duration.ofMillis(300));
        guard.tryCall("c", "read").abandoned();
        guard.tryCall("c", "read").abandoned();

        assertThat(guard.tryCall("c", "read")).as("permissions released, a third trial may go").isNotNull();
    }

    @Test
    void aRegisteredCacheShowsItsCountersAtZero() {
        guard.register("fresh");

        assertThat(meters.get("merchant.cache.errors").tag("cache", "fresh").counters()).hasSize(4);
    }

    private double count(String cause) {
        return meters.get("merchant.cache.errors").tag("cause", cause).counter().count();
    }
}
