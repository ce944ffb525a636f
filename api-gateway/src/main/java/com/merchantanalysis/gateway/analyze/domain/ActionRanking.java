package com.merchantanalysis.gateway.analyze.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.gateway.analyze.model.RankedAction;
import com.merchantanalysis.gateway.analyze.model.RankedRisk;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionStatus;

/**
 * The report's two lists: the actions that save most per month (the more certain first among equals), and
 * the risk actions, highest risk first and in section order among equals.
 */
final class ActionRanking {

    static final int TOP = 3;
    static final int TOP_RISKS = 5;

    private static final List<String> RISK_ORDER = List.of("HIGH", "MEDIUM", "LOW");

    private static final Comparator<RankedAction> BY_VALUE = Comparator
            .comparing((RankedAction a) -> orZero(a.monthlyImpactYuan())).reversed()
            .thenComparing((RankedAction a) -> orZero(a.confidence()), Comparator.reverseOrder())
            .thenComparing(RankedAction::title, Comparator.nullsLast(Comparator.naturalOrder()));

    private ActionRanking() {
    }

    /** From every section that answered (ok or stale); an unavailable section has nothing to offer. */
    static List<RankedAction> top(List<Named> sections) {
        return sections.stream()
                .filter(named -> named.section().status() != SectionStatus.UNAVAILABLE)
                .flatMap(named -> named.section().summary().actions().stream()
                        .map(action -> RankedAction.of(named.name(), action)))
                .sorted(BY_VALUE)
                .limit(TOP)
                .toList();
    }

    /** Every answering section's risk actions, by risk; an unknown level goes last. */
    static List<RankedRisk> risks(List<Named> sections) {
        return sections.stream()
                .filter(named -> named.section().status() != SectionStatus.UNAVAILABLE)
                .flatMap(named -> named.section().summary().riskActions().stream()
                        .map(action -> RankedRisk.of(named.name(), action)))
                .sorted(Comparator.comparingInt(ActionRanking::riskRank))
                .limit(TOP_RISKS)
                .toList();
    }

    private static int riskRank(RankedRisk risk) {
        int rank = RISK_ORDER.indexOf(risk.risk());
        return rank < 0 ? RISK_ORDER.size() : rank;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    record Named(String name, Section<?> section) {
    }
}
