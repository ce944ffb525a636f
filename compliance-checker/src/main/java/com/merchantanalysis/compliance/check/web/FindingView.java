package com.merchantanalysis.compliance.check.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.compliance.web.FindingTexts;

/** A finding or near miss as the merchant reads it: what, when, how much, why it matters and what to do. */
record FindingView(String ruleId, int ruleVersion, Severity severity, Dimension dimension, String title,
        String detail, LocalDate from, LocalDate to, BigDecimal measured, BigDecimal threshold, String unit,
        BigDecimal totalAmount, int evidenceCount, List<EvidenceView> evidence, String citation, String whatItMeans,
        String howToFix) {

    static FindingView of(Finding f, FindingTexts.Texts texts) {
        return new FindingView(f.ruleId(), f.ruleVersion(), f.severity(), f.dimension(), texts.title(),
                texts.detail(), f.from(), f.to(), f.measured(), f.threshold(), f.unit(), f.totalAmount(),
                f.evidenceCount(), f.evidence().stream().map(EvidenceView::of).toList(), texts.citation(),
                texts.whatItMeans(), texts.howToFix());
    }
}
