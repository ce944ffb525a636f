package com.merchantanalysis.gateway.analyze.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One thing the merchant could do that saves money (or avoids a cost), as a service proposes it.
 *
 * @param monthlyImpactYuan  what it saves per month, in yuan (cents)
 * @param derivation         how that figure was reached, in words
 * @param confidence         0..1, how sure the service is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Action(String title, String category, BigDecimal monthlyImpactYuan, String evidence,
        BigDecimal confidence, String derivation) {
}
