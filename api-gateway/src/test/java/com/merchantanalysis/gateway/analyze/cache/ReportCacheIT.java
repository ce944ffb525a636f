package com.merchantanalysis.gateway.analyze.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.merchantanalysis.common.cache.CacheSettings;
import com.merchantanalysis.common.cache.RedisGuard;
import com.merchantanalysis.common.text.AnswerLanguage;
import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.support.GatewayTestStores;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Two gateway instances sharing one real Redis, each with its own memory. */
class ReportCacheIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final AnalyzeSettings settings = new AnalyzeSettings(30, Duration.ofSeconds(4), Duration.ofMinutes(10),
            Duration.ofMillis(500));
    private final AnalyzeQuery query = new AnalyzeQuery("m-" + UUID.randomUUID(), 30, LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31), AnswerLanguage.CHINESE);
    private LettuceConnectionFactory connections;
    private ReactiveStringRedisTemplate redis;

    @BeforeEach
    void connect() {
        connections = GatewayTestStores.redisConnections();
        redis = new ReactiveStringRedisTemplate(connections);
    }

    @AfterEach
    void close() {
        connections.destroy();
    }

    private ReportCache instance() {
        CacheSettings cacheSettings = new CacheSettings(Duration.ofHours(1), 50, 10, Duration.ofSeconds(2), 16);
        return new ReportCache(redis, JsonMapper.builder().build(), settings,
                new RedisGuard(cacheSettings, new SimpleMeterRegistry(), Clock.systemUTC()), cacheSettings);
    }

    @Test
    void aReportStoredByOneInstanceIsReadFromRedisByAnotherWithTheReportsTtl() {
        ReportCache.Writes writes = instance().writes(query, 1);
        writes.report("{\"report\":1}");
        writes.store().block(WAIT);

        ReportCache other = instance();
        assertThat(other.reportJson(query, 1).block(WAIT)).isEqualTo("{\"report\":1}");
        assertThat(other.reportJson(query, 2).block(WAIT)).as("another data version").isNull();
        String key = redis.keys("analyze-report:*:" + query.merchantId() + ":v1:*").blockFirst(WAIT);
        assertThat(redis.getExpire(key).block(WAIT)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
    }

    @Test
    void anEntryStoredOnceIsServedFromMemoryAfterRedisLostIt() {
        ReportCache cache = instance();
        ReportCache.Writes writes = cache.writes(query, 1);
        writes.report("{\"report\":1}");
        writes.store().block(WAIT);

        redis.delete(redis.keys("analyze-report:*:" + query.merchantId() + ":*")).block(WAIT);

        assertThat(cache.reportJson(query, 1).block(WAIT)).isEqualTo("{\"report\":1}");
        assertThat(instance().reportJson(query, 1).block(WAIT)).as("another instance, without it in memory").isNull();
    }
}
