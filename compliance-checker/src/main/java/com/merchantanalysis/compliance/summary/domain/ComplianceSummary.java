package com.merchantanalysis.compliance.summary.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The compliance section of the gateway's /merchant/analyze, in the shape the gateway expects. */
public record ComplianceSummary(String merchantId, long dataVersion, LocalDate from, LocalDate to, int riskScore,
        String level, List<TopFinding> topFindings, List<Action> actions) {

    public record TopFinding(String ruleId, int ruleVersion, String severity, String title, String detail) {
    }

    /** @param monthlyImpactYuan the money involved per month of the period (2 decimals) */
    public record Action(String title, String category, BigDecimal monthlyImpactYuan, String evidence,
            double confidence) {
    }
}
