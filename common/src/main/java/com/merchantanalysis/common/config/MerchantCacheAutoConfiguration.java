package com.merchantanalysis.common.config;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.cache.CacheSettings;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.common.cache.RedisGuard;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis as an accelerator, the same in every app that has it: one breaker ({@link RedisGuard}), the
 * blocking services' answer cache ({@link MerchantCache}), and a Lettuce client that fails fast while
 * Redis is away and reconnects within about a second of its return.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({ RedisConnectionFactory.class, ClientOptions.class })
@EnableConfigurationProperties(CacheSettings.class)
public class MerchantCacheAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RedisGuard redisGuard(CacheSettings settings, MeterRegistry meters, ObjectProvider<Clock> clock) {
        return new RedisGuard(settings, meters, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StringRedisTemplate.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    MerchantCache merchantCache(@Value("${spring.application.name:application}") String name, StringRedisTemplate redis,
            JsonMapper json, RedisGuard guard, CacheSettings settings) {
        return new MerchantCache(name, redis, json, guard, settings);
    }

    /** Commands sent while the connection is down fail at once instead of queueing until their timeout. */
    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /** Lettuce's default reconnect backoff grows to 30 s, which kept the cache away long after Redis returned. */
    @Bean
    ClientResourcesBuilderCustomizer quickReconnect() {
        return resources -> resources.reconnectDelay(
                Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
    }
}
