package com.merchantanalysis.compliance.rules.domain;

import java.time.LocalDate;
import java.util.Optional;

import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.RuleSet;
import com.merchantanalysis.compliance.rules.model.RuleVersion;

/**
 * Which version of a rule judges a given day: by default the version in force on that day (so a
 * threshold that changes mid-period switches on its effective date); with a pinned rule set, the
 * set's version whatever the day, and rules outside the set are not applied.
 */
public final class RuleSelection {

    private final RuleCatalogue catalogue;
    private final RuleSet pinned;

    private RuleSelection(RuleCatalogue catalogue, RuleSet pinned) {
        this.catalogue = catalogue;
        this.pinned = pinned;
    }

    public static RuleSelection byEffectiveDate(RuleCatalogue catalogue) {
        return new RuleSelection(catalogue, null);
    }

    public static RuleSelection pinned(RuleCatalogue catalogue, RuleSet ruleSet) {
        return new RuleSelection(catalogue, ruleSet);
    }

    /** The pinned rule set's version, or null when versions follow their effective dates. */
    public String ruleSetVersion() {
        return pinned == null ? null : pinned.version();
    }

    public Optional<RuleVersion> versionFor(String ruleId, LocalDate day) {
        Optional<RuleDefinition> rule = catalogue.rule(ruleId);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (pinned != null) {
            Integer number = pinned.rules().get(ruleId);
            return number == null ? Optional.empty() : rule.get().version(number);
        }
        return rule.get().inForceOn(day);
    }
}
