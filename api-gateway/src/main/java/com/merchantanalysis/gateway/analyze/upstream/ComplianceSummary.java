package com.merchantanalysis.gateway.analyze.upstream;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.merchantanalysis.gateway.analyze.model.RiskAction;
import com.merchantanalysis.gateway.analyze.model.ComplianceSection;

/** compliance-checker's {@code GET /api/v1/compliance/merchants/{id}/summary} answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ComplianceSummary(String merchantId, long dataVersion, LocalDate from, LocalDate to, int riskScore, String level,
        List<ComplianceSection.Finding> topFindings, List<RiskAction> riskActions)
        implements UpstreamSummary<ComplianceSection> {

    @Override
    public ComplianceSection toSection() {
        return new ComplianceSection(from, to, riskScore, level,
                topFindings == null ? List.of() : List.copyOf(topFindings), List.of(),
                Money.risks(riskActions));
    }
}
