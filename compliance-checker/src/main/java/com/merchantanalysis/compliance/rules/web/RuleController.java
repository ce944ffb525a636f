package com.merchantanalysis.compliance.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance/rules")
@Tag(name = "rules", description = "The versioned rule catalogue, with citations")
class RuleController {

    private final RuleCatalogue catalogue;
    private final Clock clock;
    private final ZoneId zone;

    RuleController(RuleCatalogue catalogue, Clock clock, @Value("${merchant.zone}") ZoneId zone) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    @Operation(summary = "Every rule with the version in force today, and the published rule sets")
    RuleCatalogueResponse rules(Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new RuleCatalogueResponse(today,
                catalogue.rules().stream().map(r -> RuleView.of(r, today, locale)).toList(),
                catalogue.ruleSets().stream().map(s -> new RuleCatalogueResponse.RuleSetView(s.version(),
                        s.published(), s.description().in(locale), new TreeMap<>(s.rules()))).toList());
    }

    @GetMapping("/{ruleId}/versions")
    @Operation(summary = "Every version of a rule, oldest first, with parameters and citation")
    List<RuleVersionView> versions(@PathVariable String ruleId, Locale locale) {
        RuleDefinition rule = catalogue.rule(ruleId)
                .orElseThrow(() -> new NotFoundException("No rule with id '" + ruleId + "'"));
        List<RuleVersionView> views = new ArrayList<>();
        for (int i = 0; i < rule.versions().size(); i++) {
            var next = i + 1 < rule.versions().size() ? rule.versions().get(i + 1).effectiveFrom() : null;
            views.add(RuleVersionView.of(rule.versions().get(i), next, locale));
        }
        return views;
    }
}
