package com.merchantanalysis.costs.action.model;

import java.math.BigDecimal;

/**
 * A recommendation, as every service's summary shapes it for the gateway.
 *
 * @param category           the cost line it acts on, e.g. {@code payment-fees}
 * @param monthlyImpactYuan  what it is estimated to save per average month, to the cent
 * @param evidence           the figures behind it, in words
 * @param confidence         0..1: how sure we are the saving is there and reachable
 */
public record Action(String title, String category, BigDecimal monthlyImpactYuan, String evidence, BigDecimal confidence) {
}
