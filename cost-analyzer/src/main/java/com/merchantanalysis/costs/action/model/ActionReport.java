package com.merchantanalysis.costs.action.model;

import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * Recommendations for a period, in two lists that are never ranked against each other.
 *
 * @param completeness  the cost lines, channels and days with records the recommendations stand on
 * @param actions       savings, ranked by expected yuan per month (impact × confidence), largest first
 * @param riskActions   recommendations without a yuan figure, ranked by risk, highest first
 */
public record ActionReport(String merchantId, long dataVersion, LocalDate from, LocalDate to,
        DataCompleteness completeness, List<Action> actions, List<RiskAction> riskActions) {
}
