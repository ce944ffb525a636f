package com.merchantanalysis.compliance.config;

import java.util.List;

import com.merchantanalysis.compliance.engine.ComplianceEngine;
import com.merchantanalysis.compliance.engine.ComplianceRule;
import com.merchantanalysis.compliance.engine.EngineSettings;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule catalogue read from {@code rules/*.yml} and the engine that runs its rules' code. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    RuleCatalogue ruleCatalogue() {
        return RuleCatalogue.load();
    }

    @Bean
    ComplianceEngine complianceEngine(List<ComplianceRule> rules, RuleCatalogue catalogue, EngineSettings settings) {
        return new ComplianceEngine(rules, catalogue, settings);
    }
}
