package com.merchantanalysis.compliance.summary.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.compliance.summary.domain.ComplianceSummary;
import com.merchantanalysis.compliance.web.FindingTexts;
import com.merchantanalysis.common.text.Wording;

/** The compliance section of /merchant/analyze, in the shape the gateway reads, worded for the caller. */
record SummaryResponse(String merchantId, long dataVersion, LocalDate from, LocalDate to, int riskScore,
        String level, List<TopFinding> topFindings, List<RiskAction> riskActions) {

    record TopFinding(String ruleId, int ruleVersion, String severity, String title, String detail) {
    }

    /**
     * @param title     what to do: the first sentence of the rule's advice
     * @param category  the finding's risk area, lower case (cash, card, licence, …)
     * @param risk      the severity of the most severe finding behind it: HIGH, MEDIUM or LOW
     * @param evidence  the findings, with the money involved over the period
     */
    record RiskAction(String title, String category, String risk, String evidence) {
    }

    static SummaryResponse of(ComplianceSummary s, FindingTexts texts, Wording wording, Locale locale) {
        List<TopFinding> top = s.topFindings().stream().map(f -> {
            var worded = texts.of(f, locale);
            return new TopFinding(f.ruleId(), f.ruleVersion(), f.severity().name(), worded.title(), worded.detail());
        }).toList();
        List<RiskAction> risks = s.riskActions().stream().map(action -> {
            var first = action.mostSevere();
            var worded = texts.of(first, locale);
            String evidence = action.findings() == 1 ? worded.detail()
                    : wording.text("summary.evidence.many", action.findings(), worded.detail());
            if (action.moneyInvolved().signum() != 0) { // a licence finding involves no money
                evidence = wording.text("summary.evidence.money", evidence, action.moneyInvolved());
            }
            return new RiskAction(worded.action(), first.dimension().name().toLowerCase(Locale.ROOT),
                    first.severity().name(), evidence);
        }).toList();
        return new SummaryResponse(s.merchantId(), s.dataVersion(), s.from(), s.to(), s.riskScore(), s.level(), top,
                risks);
    }
}
