package com.merchantanalysis.compliance.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.compliance.rules.domain.RuleCatalogue;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;
import com.merchantanalysis.compliance.rules.model.RuleDefinition;
import com.merchantanalysis.compliance.rules.model.RuleVersion;

/**
 * Evaluates a merchant over a period: one pass over its transactions (in time order) builds the shared
 * aggregates, then every rule reads them with the version the selection gives for each day. Nothing here
 * depends on the clock or on iteration order of hash maps, so the same data and rules give the same result.
 */
public final class ComplianceEngine {

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator
            .comparing(Finding::severity).reversed()
            .thenComparing(Finding::from)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::to)
            .thenComparing(f -> f.evidence().isEmpty() ? "" : f.evidence().get(0).externalId(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<ComplianceRule> rules;
    private final RiskScorer scorer;
    private final EngineSettings settings;

    public ComplianceEngine(List<ComplianceRule> rules, RuleCatalogue catalogue, EngineSettings settings) {
        Map<String, ComplianceRule> byId = new TreeMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        for (RuleDefinition definition : catalogue.rules()) {
            ComplianceRule rule = byId.get(definition.id());
            if (rule == null) {
                throw new IllegalStateException("No code for catalogue rule " + definition.id());
            }
            for (RuleVersion version : definition.versions()) {
                rule.requiredParameters().forEach(name -> {
                    if (!version.parameters().has(name)) {
                        throw new IllegalStateException(definition.id() + " v" + version.version()
                                + " lacks parameter " + name);
                    }
                });
            }
        }
        byId.keySet().forEach(id -> catalogue.rule(id)
                .orElseThrow(() -> new IllegalStateException("Rule " + id + " is not in the catalogue")));
        this.rules = List.copyOf(byId.values());
        this.scorer = new RiskScorer(settings);
        this.settings = settings;
    }

    /** Reads {@code transactions} once; they should come in time order, ones outside the period are skipped. */
    public EngineResult evaluate(MerchantDocument merchant, LocalDate from, LocalDate to, RuleSelection selection,
            Iterator<TransactionDocument> transactions) {
        return evaluate(merchant, aggregate(merchant, from, to, transactions), selection);
    }

    /** The single pass: the shared aggregates of the period, for the rules or for trend forecasts. */
    public static PeriodAggregates aggregate(MerchantDocument merchant, LocalDate from, LocalDate to,
            Iterator<TransactionDocument> transactions) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        PeriodAggregates data = new PeriodAggregates(from, to);
        while (transactions.hasNext()) {
            data.add(Tx.of(transactions.next(), zone));
        }
        return data.finish();
    }

    public EngineResult evaluate(MerchantDocument merchant, PeriodAggregates data, RuleSelection selection) {
        EvaluationContext context = new EvaluationContext(merchant, data.finish(), selection, settings.evidenceLimit());
        for (ComplianceRule rule : rules) {
            rule.evaluate(context);
        }
        List<Finding> findings = new ArrayList<>(context.findings());
        findings.sort(MOST_SEVERE_FIRST);
        List<Finding> nearMisses = new ArrayList<>(context.nearMisses());
        nearMisses.sort(MOST_SEVERE_FIRST);
        return new EngineResult(data.from(), data.to(), List.copyOf(findings), List.copyOf(nearMisses),
                scorer.score(findings), context.applied(), data.transactions());
    }
}
