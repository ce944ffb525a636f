package com.merchantanalysis.common.config;

import java.time.Clock;

import com.merchantanalysis.common.period.PeriodSettings;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The one reporting-period policy: the gateway resolves a report's period with it, each service its own. */
@AutoConfiguration(after = TokenVerificationAutoConfiguration.class)
@EnableConfigurationProperties(PeriodSettings.class)
public class ReportingPeriodAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ReportingPeriodPolicy reportingPeriodPolicy(PeriodSettings settings, Clock clock) {
        return new ReportingPeriodPolicy(settings, clock);
    }
}
