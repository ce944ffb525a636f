package com.merchantanalysis.gateway.analyze.upstream;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.merchantanalysis.gateway.analyze.model.Action;
import com.merchantanalysis.gateway.analyze.model.RiskAction;

/** Amounts in the report are yuan with two decimals, whatever precision a service sent. */
final class Money {

    private Money() {
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    static List<Action> actions(List<Action> actions) {
        if (actions == null) {
            return List.of();
        }
        return actions.stream()
                .map(a -> new Action(a.title(), a.category(), cents(a.monthlyImpactYuan()), a.evidence(), a.confidence(),
                        a.derivation()))
                .toList();
    }

    /** A section's risk actions, none when it sends no list. */
    static List<RiskAction> risks(List<RiskAction> risks) {
        return risks == null ? List.of() : List.copyOf(risks);
    }
}
