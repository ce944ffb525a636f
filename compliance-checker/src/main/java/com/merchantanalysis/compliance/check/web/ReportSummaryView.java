package com.merchantanalysis.compliance.check.web;

import java.time.Instant;
import java.time.LocalDate;

import com.merchantanalysis.compliance.check.domain.ComplianceReportDocument;

/** One line of a merchant's report list. */
record ReportSummaryView(String id, LocalDate from, LocalDate to, String ruleSetVersion, long dataVersion,
        int riskScore, String level, int findings, int nearMisses, Instant createdAt) {

    static ReportSummaryView of(ComplianceReportDocument r) {
        return new ReportSummaryView(r.id(), r.from(), r.to(), r.ruleSetVersion(), r.dataVersion(), r.risk().score(),
                r.risk().level(), r.findings().size(), r.nearMisses().size(), r.createdAt());
    }
}
