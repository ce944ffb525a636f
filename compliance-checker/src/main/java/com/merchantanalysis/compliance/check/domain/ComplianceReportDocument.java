package com.merchantanalysis.compliance.check.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.engine.RiskScore;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored check, as kept in {@value #COLLECTION}. It records the merchant's dataVersion and the rule
 * versions that judged it, so that it can be reproduced later.
 *
 * @param ruleSetVersion  the pinned rule set, or null when versions followed their effective dates
 */
@Document(ComplianceReportDocument.COLLECTION)
@CompoundIndex(name = "merchant_created", def = "{'merchantId': 1, 'createdAt': -1}")
public record ComplianceReportDocument(
        @Id String id,
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        String ruleSetVersion,
        Map<String, List<Integer>> rulesApplied,
        long transactionsEvaluated,
        RiskScore risk,
        List<Finding> findings,
        List<Finding> nearMisses,
        Instant createdAt) {

    public static final String COLLECTION = "compliance_reports";
}
