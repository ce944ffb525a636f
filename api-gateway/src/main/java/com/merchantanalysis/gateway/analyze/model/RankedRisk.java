package com.merchantanalysis.gateway.analyze.model;

/** A risk action in the report's list, with the section that proposed it. */
public record RankedRisk(String section, String title, String category, String risk, String evidence) {

    public static RankedRisk of(String section, RiskAction action) {
        return new RankedRisk(section, action.title(), action.category(), action.risk(), action.evidence());
    }
}
