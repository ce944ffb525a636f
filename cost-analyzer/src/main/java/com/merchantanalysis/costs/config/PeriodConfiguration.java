package com.merchantanalysis.costs.config;

import java.time.Clock;

import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.costs.period.PeriodResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reporting-period rules, from the settings (the period package itself does not read them). */
@Configuration(proxyBeanMethods = false)
class PeriodConfiguration {

    @Bean
    PeriodResolver periodResolver(MerchantReader merchants, CostSettings settings, Clock clock) {
        return new PeriodResolver(merchants, settings.defaultPeriodDays(), settings.earliestDate(),
                settings.maxPeriod(), clock);
    }
}
