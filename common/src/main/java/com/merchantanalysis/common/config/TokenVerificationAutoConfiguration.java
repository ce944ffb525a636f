package com.merchantanalysis.common.config;

import java.time.Clock;

import com.merchantanalysis.common.security.ApiDocsSettings;
import com.merchantanalysis.common.security.JwtSettings;
import com.merchantanalysis.common.security.TokenVerifier;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The token checks every app shares: the gateway and each service verify with the same settings. */
@AutoConfiguration
@EnableConfigurationProperties({ JwtSettings.class, ApiDocsSettings.class })
public class TokenVerificationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenVerifier tokenVerifier(JwtSettings settings, Clock clock) {
        return new TokenVerifier(settings, clock);
    }
}
