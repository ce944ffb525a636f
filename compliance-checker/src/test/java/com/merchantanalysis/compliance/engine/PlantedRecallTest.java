package com.merchantanalysis.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.compliance.rules.model.Severity;
import com.merchantanalysis.compliance.support.Engines;
import com.merchantanalysis.compliance.support.Wordings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On generated merchants of several archetypes: every planted label is found by the rule it names, and a
 * clean merchant raises no HIGH finding (the false positives of any severity are counted and printed).
 */
class PlantedRecallTest {

    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    static Stream<Arguments> archetypes() {
        return Stream.of(Arguments.of("hotpot", 11L), Arguments.of("convenience-store", 12L),
                Arguments.of("ecommerce", 13L), Arguments.of("salon", 14L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void everyPlantedLabelIsFoundByTheRuleItNames(String archetype, long seed) {
        var history = MerchantData.archetype(archetype, "planted-" + archetype, seed, FROM, TO)
                .plantLargeCash(LocalDate.of(2025, 9, 14), new BigDecimal("56000.00"), 2)
                .plantStructuring(LocalDate.of(2025, 9, 8), 3, 2)
                .plantCardCashOut(LocalDate.of(2025, 10, 3), 5)
                .plantDisputeSpike(LocalDate.of(2025, 11, 1), 40)
                .plantPersonalCode(LocalDate.of(2025, 12, 1), 25)
                .plantExpiringLicence(TO.plusDays(45)).build();

        EngineResult result = Engines.evaluate(history.merchant(), FROM, TO, history.transactions());

        Set<PlantedEvent> compliance = EnumSet.noneOf(PlantedEvent.class);
        for (PlantedEvent event : PlantedEvent.values()) {
            if (event.service().equals("compliance-checker")) {
                compliance.add(event);
            }
        }
        List<String> missed = new ArrayList<>();
        int labelled = 0;
        for (TransactionDocument tx : history.transactions()) {
            for (String label : tx.labels()) {
                PlantedEvent event = eventOf(label);
                labelled++;
                boolean found = result.findings().stream().filter(f -> f.ruleId().equals(event.finder()))
                        .anyMatch(f -> f.evidence().stream().anyMatch(e -> e.transactionId().equals(tx.id())));
                if (!found) {
                    missed.add(label + " " + tx.externalId());
                }
            }
        }
        assertThat(missed).as("planted transactions not in the evidence of their rule's findings").isEmpty();
        assertThat(labelled).isEqualTo(2 + 3 + 5 + 40 + 25);
        // the expiring licence is planted on the merchant, not on transactions
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(PlantedEvent.EXPIRING_LICENCE.finder());
            assertThat(Wordings.english(f.facts())).contains("JY-PLANTED-");
        });
        Set<String> rulesThatFound = result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(rulesThatFound).containsAll(compliance.stream().map(PlantedEvent::finder).toList());
        assertThat(result.risk().level()).isIn("MEDIUM", "HIGH");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archetypes")
    void aCleanMerchantRaisesNoHighSeverityFinding(String archetype, long seed) {
        var history = MerchantData.archetype(archetype, "clean-" + archetype, seed, FROM, TO).build();

        EngineResult result = Engines.evaluate(history.merchant(), FROM, TO, history.transactions());

        Map<String, Long> falsePositives = new TreeMap<>(result.findings().stream()
                .collect(Collectors.groupingBy(f -> f.ruleId() + "/" + f.severity(), Collectors.counting())));
        System.out.printf("clean %-18s %7d transactions: %d findings %s, %d near misses, score %d %s%n",
                archetype, result.transactionsEvaluated(), result.findings().size(), falsePositives,
                result.nearMisses().size(), result.risk().score(), result.risk().level());
        assertThat(result.transactionsEvaluated()).isGreaterThan(2_000);
        assertThat(result.findings()).noneMatch(f -> f.severity() == Severity.HIGH);
        assertThat(result.risk().level()).isEqualTo("LOW");
    }

    private static PlantedEvent eventOf(String label) {
        for (PlantedEvent event : PlantedEvent.values()) {
            if (event.label().equals(label)) {
                return event;
            }
        }
        throw new AssertionError("Unknown label " + label);
    }
}
