package com.merchantanalysis.compliance.check.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.Severity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * {@code compliance_findings_total{rule,severity}} for every catalogue rule and severity, and
 * {@code compliance_check_seconds}, all registered at startup so dashboards see them before first use.
 */
@Component
public class ComplianceMetrics {

    private final Map<String, Counter> findings = new HashMap<>();
    private final Timer checks;

    public ComplianceMetrics(MeterRegistry registry, RuleCatalogue catalogue) {
        for (RuleDefinition rule : catalogue.rules()) {
            for (Severity severity : Severity.values()) {
                findings.put(key(rule.id(), severity), Counter.builder("compliance.findings")
                        .description("Findings raised by stored compliance checks")
                        .tag("rule", rule.id()).tag("severity", severity.name()).register(registry));
            }
        }
        checks = Timer.builder("compliance.check").description("Time to evaluate a merchant over a period")
                .register(registry);
    }

    public void found(Finding finding) {
        Counter counter = findings.get(key(finding.ruleId(), finding.severity()));
        if (counter != null) {
            counter.increment();
        }
    }

    public <T> T timeCheck(Supplier<T> check) {
        return checks.record(check);
    }

    private static String key(String rule, Severity severity) {
        return rule + "|" + severity;
    }
}
