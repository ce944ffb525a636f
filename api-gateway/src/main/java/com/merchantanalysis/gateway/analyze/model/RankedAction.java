package com.merchantanalysis.gateway.analyze.model;

import java.math.BigDecimal;

/** An action among the report's top ones, with the section that proposed it. */
public record RankedAction(String section, String title, String category, BigDecimal monthlyImpactYuan,
        String evidence, BigDecimal confidence, String derivation) {

    public static RankedAction of(String section, Action action) {
        return new RankedAction(section, action.title(), action.category(), action.monthlyImpactYuan(),
                action.evidence(), action.confidence(), action.derivation());
    }
}
