package com.merchantanalysis.gateway.analyze.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import com.merchantanalysis.gateway.analyze.model.RankedAction;
import com.merchantanalysis.gateway.analyze.model.Section;
import com.merchantanalysis.gateway.analyze.model.SectionStatus;

/** The report's top actions: worth most per month first, the more certain first among equals. */
final class ActionRanking {

    static final int TOP = 3;

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

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    record Named(String name, Section<?> section) {
    }
}
