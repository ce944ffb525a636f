package com.merchantanalysis.compliance.rules.model;

import java.time.LocalDate;
import java.util.Map;

import com.merchantanalysis.compliance.wording.LocalizedText;

/**
 * A published combination of rule versions. Pinning a check to a rule set replays exactly these
 * versions whatever the dates, e.g. to see a past period the way it was judged then.
 */
public record RuleSet(String version, LocalDate published, LocalizedText description, Map<String, Integer> rules) {

    public RuleSet {
        rules = Map.copyOf(rules);
    }
}
