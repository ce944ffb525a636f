package com.merchantanalysis.gateway.analyze.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Risk score, level and the most serious findings from compliance-checker. */
public record ComplianceSection(LocalDate from, LocalDate to, int riskScore, String level, List<Finding> topFindings,
        List<Action> actions, List<RiskAction> riskActions) implements SectionBody {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String ruleId, @JsonDeserialize(using = ScalarAsText.class) String ruleVersion,
            String severity, String title, String detail) {
    }
}
