package com.merchantanalysis.compliance.summary.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The compliance section of the gateway's /merchant/analyze, in the shape the gateway expects. Compliance
 * proposes no savings (the other sections' {@code actions}); what a finding asks of the merchant is a risk
 * action, ranked by risk and never by the money involved.
 */
public record ComplianceSummary(String merchantId, long dataVersion, LocalDate from, LocalDate to, int riskScore,
        String level, List<TopFinding> topFindings, List<RiskAction> riskActions) {

    public record TopFinding(String ruleId, int ruleVersion, String severity, String title, String detail) {
    }

    /**
     * @param risk      the severity of the most severe finding behind it: HIGH, MEDIUM or LOW
     * @param evidence  the findings, with the money involved over the period
     */
    public record RiskAction(String title, String category, String risk, String evidence) {
    }
}
