package com.merchantanalysis.compliance.rules.model;

import java.time.LocalDate;

import com.merchantanalysis.compliance.wording.LocalizedText;

/**
 * One version of a rule as published in the catalogue. A version is in force from {@code effectiveFrom}
 * until the next version's {@code effectiveFrom}. Its texts are written in both languages in the rule file,
 * next to the parameters they describe.
 *
 * @param citation    the regulation or scheme programme the rule comes from; its title is kept as published
 * @param whatItMeans plain-language reading of a finding: a risk indicator, never a legal verdict
 * @param howToFix    what the merchant can do about it; its first sentence is the action the summary proposes
 */
public record RuleVersion(
        String ruleId,
        int version,
        LocalDate effectiveFrom,
        Severity severity,
        Dimension dimension,
        LocalizedText title,
        LocalizedText citation,
        LocalizedText whatItMeans,
        LocalizedText howToFix,
        RuleParameters parameters) {
}
