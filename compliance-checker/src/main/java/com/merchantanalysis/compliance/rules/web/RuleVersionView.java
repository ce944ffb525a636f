package com.merchantanalysis.compliance.rules.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.rules.model.Severity;

/** One published version; {@code effectiveUntil} is the day before the next version starts, or null. */
record RuleVersionView(int version, LocalDate effectiveFrom, LocalDate effectiveUntil, Severity severity,
        String title, String citation, String whatItMeans, String howToFix, Map<String, Object> parameters) {

    static RuleVersionView of(RuleVersion v, LocalDate nextFrom, Locale locale) {
        return new RuleVersionView(v.version(), v.effectiveFrom(), nextFrom == null ? null : nextFrom.minusDays(1),
                v.severity(), v.title().in(locale), v.citation().in(locale), v.whatItMeans().in(locale),
                v.howToFix().in(locale), v.parameters().asMap());
    }
}
