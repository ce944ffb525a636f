package com.merchantanalysis.costs.action.model;

import java.math.BigDecimal;

/**
 * A recommendation worth money, as every service's summary shapes it for the gateway (which ranks actions
 * of all services by {@code monthlyImpactYuan}): so that figure is always a saving or a cost avoided,
 * never a balance, a turnover or a volume.
 *
 * @param category           the cost line it acts on, e.g. {@code payment-fees}
 * @param monthlyImpactYuan  what it is estimated to save per average month, to the cent
 * @param title              what to do, in the caller's language (Chinese unless Accept-Language asks for English)
 * @param evidence           the figures behind it, in words
 * @param confidence         probability 0..1 that the saving is there and reachable
 * @param derivation         how {@code monthlyImpactYuan} was computed, e.g. "0.0976 percentage points over the
 *                           contracted 0.60% × ¥1,582,004.63 monthly Alipay sales ≈ ¥1,544.13 a month"
 */
public record Action(String title, String category, BigDecimal monthlyImpactYuan, String evidence, BigDecimal confidence,
        String derivation) {
}
