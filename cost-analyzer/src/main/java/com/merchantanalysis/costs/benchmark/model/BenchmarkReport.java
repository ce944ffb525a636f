package com.merchantanalysis.costs.benchmark.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's ratios against the ranges of its archetype (or industry) and city tier.
 *
 * @param profile  the benchmark profile used: the archetype when the file has it, else the industry
 */
public record BenchmarkReport(
        String merchantId,
        long dataVersion,
        LocalDate from,
        LocalDate to,
        String benchmarkVersion,
        LocalDate benchmarkEffectiveDate,
        String archetype,
        String industry,
        String profile,
        int cityTier,
        List<RatioComparison> ratios) {

    /**
     * One ratio against its range, in percent.
     *
     * @param position        ABOVE, WITHIN or BELOW the range
     * @param deviationPoints how far outside the range, in percentage points (0 within; negative below)
     * @param favourable      whether this side of the range is good for the merchant
     * @param estimate        the range is a rule of thumb or our reading, not a printed figure
     * @param cityTierFactor  the multiplier applied to the file's range for the merchant's city tier, or null
     */
    public record RatioComparison(
            String ratio,
            String label,
            BigDecimal value,
            BigDecimal low,
            BigDecimal high,
            String position,
            BigDecimal deviationPoints,
            boolean favourable,
            String assessment,
            boolean estimate,
            String note,
            BigDecimal cityTierFactor,
            SourceView source) {
    }

    /** The citation behind a range. */
    public record SourceView(String id, String title, String publisher, String year, String url) {
    }
}
