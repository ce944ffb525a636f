package com.merchantanalysis.gateway.analyze.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The merchant health report of {@code GET /merchant/analyze}.
 *
 * @param consistent  true when every section is ok, i.e. all speak of the merchant's current data
 * @param topActions   the three actions that save most per month, across all sections that answered
 * @param riskActions  what to do about risks (compliance findings, a likely shortfall, missing records), the
 *                     highest risk first; never ranked by a yuan figure
 */
public record MerchantReport(MerchantSummary merchant, Parameters parameters, Instant generatedAt, boolean consistent,
        Section<CashSection> cash, Section<CostSection> cost, Section<ComplianceSection> compliance,
        List<RankedAction> topActions, List<RankedRisk> riskActions) {

    /**
     * The parameters of the report: the period every section covers, explicit even when not asked for, and
     * the language of its sentences ({@code Accept-Language}: zh-CN by default, or en).
     */
    public record Parameters(int horizon, LocalDate from, LocalDate to, String language) {
    }
}
