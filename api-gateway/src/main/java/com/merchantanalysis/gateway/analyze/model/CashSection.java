package com.merchantanalysis.gateway.analyze.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Cash runway from cashflow-service's forecast.
 *
 * @param runwayDays  days from {@code asOf} until a shortfall becomes likely; null when none is
 */
public record CashSection(LocalDate asOf, int horizonDays, BigDecimal currentBalance, BigDecimal projectedBalanceEnd,
        LowestBalance lowestBalance, Shortfall shortfall, Integer runwayDays, String model, Accuracy accuracy,
        List<Action> actions, List<RiskAction> riskActions) implements SectionBody {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LowestBalance(LocalDate date, BigDecimal mean, BigDecimal lower95) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shortfall(BigDecimal floor, LocalDate firstDateLikely, BigDecimal maxProbability) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accuracy(BigDecimal mase, BigDecimal smape, BigDecimal coverage80, BigDecimal coverage95) {
    }
}
