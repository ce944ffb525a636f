package com.merchantanalysis.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;
import com.merchantanalysis.compliance.rules.model.RuleVersion;
import com.merchantanalysis.compliance.support.Engines;

import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private final RuleCatalogue catalogue = Engines.CATALOGUE;

    @Test
    void everyRuleHasCitationExplanationAndAnEffectiveDate() {
        assertThat(catalogue.rules()).hasSize(11);
        for (var rule : catalogue.rules()) {
            for (RuleVersion v : rule.versions()) {
                for (var text : List.of(v.title(), v.citation(), v.whatItMeans(), v.howToFix())) {
                    assertThat(text.zh()).as(rule.id()).isNotBlank();
                    assertThat(text.en()).as(rule.id()).isNotBlank();
                }
                assertThat(v.effectiveFrom()).as(rule.id()).isNotNull();
            }
        }
    }

    @Test
    void everyCompliancePlantedEventNamesARuleOfTheCatalogue() {
        for (PlantedEvent event : PlantedEvent.values()) {
            if (event.service().equals("compliance-checker")) {
                assertThat(catalogue.rule(event.finder())).as(event.name()).isPresent();
            }
        }
    }

    @Test
    void theVersionInForceFollowsTheEffectiveDateUnlessARuleSetIsPinned() {
        var byDate = RuleSelection.byEffectiveDate(catalogue);
        var pinned = RuleSelection.pinned(catalogue, catalogue.ruleSet("2025.1").orElseThrow());
        String rule = "card-scheme-dispute-ratio";

        assertThat(byDate.versionFor(rule, LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(byDate.versionFor(rule, LocalDate.of(2026, 3, 31))).get().extracting(RuleVersion::version).isEqualTo(1);
        assertThat(byDate.versionFor(rule, LocalDate.of(2026, 4, 1))).get().extracting(RuleVersion::version).isEqualTo(2);
        assertThat(pinned.versionFor(rule, LocalDate.of(2027, 1, 1))).get().extracting(RuleVersion::version).isEqualTo(1);
        assertThat(pinned.versionFor(rule, LocalDate.of(2020, 1, 1))).get().extracting(RuleVersion::version).isEqualTo(1);
        assertThat(pinned.ruleSetVersion()).isEqualTo("2025.1");
    }
}
