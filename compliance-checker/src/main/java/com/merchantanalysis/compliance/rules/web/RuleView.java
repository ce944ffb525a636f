package com.merchantanalysis.compliance.rules.web;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.RuleVersion;

/** A rule in the catalogue with the version in force today (null if none is yet) and its version numbers. */
record RuleView(String id, Dimension dimension, Integer versionInForce, String title, String citation,
        List<Integer> versions) {

    static RuleView of(RuleDefinition rule, LocalDate today) {
        RuleVersion current = rule.inForceOn(today).orElse(null);
        RuleVersion described = current != null ? current : rule.latest();
        return new RuleView(rule.id(), rule.dimension(), current == null ? null : current.version(),
                described.title(), described.citation(), rule.versions().stream().map(RuleVersion::version).toList());
    }
}
