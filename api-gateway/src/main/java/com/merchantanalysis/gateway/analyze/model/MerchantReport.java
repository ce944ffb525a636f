package com.merchantanalysis.gateway.analyze.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The merchant health report of {@code GET /merchant/analyze}.
 *
 * @param consistent  true when every section is ok, i.e. all speak of the merchant's current data
 * @param topActions  the three actions worth most per month, across all sections that answered
 */
public record MerchantReport(MerchantSummary merchant, Parameters parameters, Instant generatedAt, boolean consistent,
        Section<CashSection> cash, Section<CostSection> cost, Section<ComplianceSection> compliance,
        List<RankedAction> topActions) {

    /** The parameters as asked; null dates mean each service's default period. */
    public record Parameters(int horizon, LocalDate from, LocalDate to) {
    }
}
