package com.merchantanalysis.gateway.ratelimit;

import java.util.List;

import com.merchantanalysis.common.cache.RedisGuard;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The one Redis rate limiter, shared by the routes' RequestRateLimiter filters and the gateway's own endpoints. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FailOpenRedisRateLimiter redisRateLimiter(ReactiveStringRedisTemplate redis,
            @Qualifier("redisRequestRateLimiterScript") RedisScript<List<Long>> script,
            ConfigurationService configuration, MeterRegistry meters, RateLimitSettings settings, RedisGuard guard) {
        FailOpenRedisRateLimiter limiter = new FailOpenRedisRateLimiter(redis, loadedOnce(script), configuration,
                meters, settings.redisTimeout(), guard, new TokenLeases(settings.lease()));
        RateLimitSettings.Limit limit = settings.controllers();
        limiter.getConfig().put(ControllerRateLimitWebFilter.LIMITER_ID, new FailOpenRedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate())
                .setBurstCapacity(limit.burstCapacity())
                .setRequestedTokens(limit.requestedTokens()));
        return limiter;
    }

    /**
     * The gateway's script reads its Lua from a classpath resource and asks that resource for its
     * last-modified time on every call; inside the executable jar that is a jar lookup per request, about
     * a fifth of the gateway's CPU under load (JFR). The script never changes at runtime: read it once.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RedisScript<List<Long>> loadedOnce(RedisScript<List<Long>> script) {
        return (RedisScript<List<Long>>) (RedisScript) RedisScript.of(script.getScriptAsString(), List.class);
    }
}
