package com.merchantanalysis.compliance.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.RuleVersion;

/** A rule in the catalogue with the version in force today (null if none is yet) and its version numbers. */
record RuleView(String id, Dimension dimension, Integer versionInForce, String title, String citation,
        List<Integer> versions) {

    static RuleView of(RuleDefinition rule, LocalDate today, Locale locale) {
        RuleVersion current = rule.inForceOn(today).orElse(null);
        RuleVersion described = current != null ? current : rule.latest();
        return new RuleView(rule.id(), rule.dimension(), current == null ? null : current.version(),
                described.title().in(locale), described.citation().in(locale),
                rule.versions().stream().map(RuleVersion::version).toList());
    }
}
