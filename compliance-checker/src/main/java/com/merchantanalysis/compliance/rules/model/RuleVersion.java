package com.merchantanalysis.compliance.rules.model;

import java.time.LocalDate;

/**
 * One version of a rule as published in the catalogue. A version is in force from {@code effectiveFrom}
 * until the next version's {@code effectiveFrom}.
 *
 * @param citation    the regulation or scheme programme the rule comes from
 * @param whatItMeans plain-language reading of a finding: a risk indicator, never a legal verdict
 * @param howToFix    what the merchant can do about it
 */
public record RuleVersion(
        String ruleId,
        int version,
        LocalDate effectiveFrom,
        Severity severity,
        Dimension dimension,
        String title,
        String citation,
        String whatItMeans,
        String howToFix,
        RuleParameters parameters) {
}
