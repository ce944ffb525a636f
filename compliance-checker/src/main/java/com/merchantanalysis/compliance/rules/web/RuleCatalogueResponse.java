package com.merchantanalysis.compliance.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The catalogue: rules, and the published rule sets a check may pin with {@code ruleSetVersion}. */
record RuleCatalogueResponse(LocalDate asOf, List<RuleView> rules, List<RuleSetView> ruleSets) {

    record RuleSetView(String version, LocalDate published, String description, Map<String, Integer> rules) {
    }
}
