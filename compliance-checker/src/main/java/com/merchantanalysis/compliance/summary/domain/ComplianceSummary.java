package com.merchantanalysis.compliance.summary.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.engine.Finding;

/**
 * The compliance section of the gateway's /merchant/analyze, before it is worded: it is cached, and one cached
 * summary serves readers of either language. Compliance proposes no savings (the other sections'
 * {@code actions}); what a finding asks of the merchant is a risk action, ranked by risk and never by the
 * money involved.
 *
 * @param topFindings  the most severe findings, evidence left out
 */
public record ComplianceSummary(String merchantId, long dataVersion, LocalDate from, LocalDate to, int riskScore,
        String level, List<Finding> topFindings, List<RiskAction> riskActions) {

    /**
     * What the findings of one rule ask of the merchant.
     *
     * @param mostSevere     the rule's most severe finding (evidence left out), which words the action
     * @param findings       how many findings the rule raised
     * @param moneyInvolved  the money of all of them over the period
     */
    public record RiskAction(Finding mostSevere, int findings, BigDecimal moneyInvolved) {
    }
}
