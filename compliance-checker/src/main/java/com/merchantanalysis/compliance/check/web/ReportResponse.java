package com.merchantanalysis.compliance.check.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.compliance.check.domain.ComplianceReportDocument;
import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.web.FindingTexts;

/**
 * A stored compliance check. {@code riskScore} is 0–100; {@code level} is HIGH from 70, MEDIUM from 40 or
 * with any HIGH finding, else LOW; {@code dimensions} shows what each risk area added.
 */
record ReportResponse(String id, String merchantId, long dataVersion, LocalDate from, LocalDate to,
        String ruleSetVersion, Map<String, List<Integer>> rulesApplied, long transactionsEvaluated, int riskScore,
        String level, List<DimensionView> dimensions, List<FindingView> findings, List<FindingView> nearMisses,
        Instant createdAt) {

    record DimensionView(Dimension dimension, BigDecimal points, int maxPoints, int findings) {
    }

    static ReportResponse of(ComplianceReportDocument r, FindingTexts texts, Locale locale) {
        return new ReportResponse(r.id(), r.merchantId(), r.dataVersion(), r.from(), r.to(), r.ruleSetVersion(),
                r.rulesApplied(), r.transactionsEvaluated(), r.risk().score(), r.risk().level(),
                r.risk().dimensions().stream()
                        .map(d -> new DimensionView(d.dimension(), d.points(), d.maxPoints(), d.findings())).toList(),
                r.findings().stream().map(f -> FindingView.of(f, texts.of(f, locale))).toList(),
                r.nearMisses().stream().map(f -> FindingView.of(f, texts.of(f, locale))).toList(), r.createdAt());
    }
}
