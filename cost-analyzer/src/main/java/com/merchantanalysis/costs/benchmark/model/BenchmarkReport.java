package com.merchantanalysis.costs.benchmark.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;

/**
 * A merchant's ratios against the ranges of its archetype (or industry) and city tier.
 *
 * @param profile       the benchmark profile used: the archetype when the file has it, else the industry
 * @param completeness  the cost lines, channels and days with records
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
        DataCompleteness completeness,
        List<RatioComparison> ratios) {

    /**
     * One ratio against its range; {@code value}, {@code low} and {@code high} are percents (0–100).
     *
     * @param value           the merchant's ratio, null when UNKNOWN
     * @param position        ABOVE, WITHIN or BELOW the range; UNKNOWN when the records it needs are missing
     * @param deviationPoints how far outside the range, in percentage points (0 within; negative below; null
     *                        when UNKNOWN)
     * @param favourable      whether this side of the range is good for the merchant; null when UNKNOWN
     * @param label           what the ratio measures, in the caller's language
     * @param assessment      one sentence saying the above in the caller's language, e.g. "进货成本占营业收入的
     *                        73.67%，比参考区间60.00%–70.00%高3.67个百分点。" or "Cost of goods is 73.67% of
     *                        revenue, above the range of 60.00–70.00% by 3.67 points."
     * @param unknownReason   why the value is unknown, as a sentence (e.g. "There are no records of purchases over
     *                        the period."), else null
     * @param note            what the range stands for, and how it was scaled for the city tier, in the caller's
     *                        language
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
            Boolean favourable,
            String assessment,
            String unknownReason,
            boolean estimate,
            String note,
            BigDecimal cityTierFactor,
            SourceView source) {

        public static final String ABOVE = "ABOVE";
        public static final String WITHIN = "WITHIN";
        public static final String BELOW = "BELOW";
        public static final String UNKNOWN = "UNKNOWN";
    }

    /** The citation behind a range. */
    public record SourceView(String id, String title, String publisher, String year, String url) {
    }
}
