package com.merchantanalysis.simulator.simulation.config;

import com.merchantanalysis.common.calendar.ChineseCalendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SimulationConfiguration {

    /** Statutory holidays, make-up workdays, Spring Festival and shopping festivals (shipped with common). */
    @Bean
    @ConditionalOnMissingBean
    ChineseCalendar chineseCalendar() {
        return ChineseCalendar.standard();
    }
}
