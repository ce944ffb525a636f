package com.merchantanalysis.compliance.web;

import java.util.Locale;

import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.compliance.engine.Finding;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.model.RuleVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A finding's sentences in the reader's language: the texts of the rule version that judged it, from the
 * catalogue, and what it saw on the merchant's data, from the messages bundles. Reports, the outlook and the
 * summary all word findings here.
 */
@Component
public class FindingTexts {

    private final RuleCatalogue catalogue;
    private final MessageSource messages;

    public FindingTexts(RuleCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** @param howToFix  the rule version's advice; {@code action} is its first sentence */
    public record Texts(String title, String detail, String citation, String whatItMeans, String howToFix,
            String action) {
    }

    public Texts of(Finding finding, Locale locale) {
        RuleVersion version = catalogue.version(finding.ruleId(), finding.ruleVersion())
                .orElseThrow(() -> new IllegalStateException("No rule " + finding.ruleId() + " v"
                        + finding.ruleVersion() + " in the catalogue"));
        String howToFix = version.howToFix().in(locale);
        // Reports stored before findings were kept without words have no facts: they show no detail.
        String detail = finding.facts() == null ? null : new Wording(messages, locale).render(finding.facts());
        return new Texts(version.title().in(locale), detail,
                version.citation().in(locale), version.whatItMeans().in(locale), howToFix, firstSentence(howToFix));
    }

    /** Up to the first full stop, Chinese (。) or English (". "). */
    static String firstSentence(String text) {
        int end = -1;
        for (String stop : new String[] { "。", ". " }) {
            int at = text.indexOf(stop);
            if (at >= 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
