package com.merchantanalysis.costs.benchmark.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The benchmark data file as written (see {@code benchmarks/cost-benchmarks.yml}).
 *
 * @param effectiveDate  ISO date from which the numbers apply
 */
public record BenchmarkBook(
        String version,
        String effectiveDate,
        List<Source> sources,
        List<Profile> profiles,
        List<TierFactor> cityTierFactors) {

    /** Where a number comes from. */
    public record Source(String id, String title, String publisher, String year, String url) {
    }

    /** The ranges of an industry or archetype; {@code extendsKey} names the profile it overrides. */
    public record Profile(String key, @JsonProperty("extends") String extendsKey,
            Map<BenchmarkRatio, Range> ratios) {
    }

    /** A range in percent, low and high included. */
    public record Range(BigDecimal low, BigDecimal high, String source, boolean estimate, Note note) {
    }

    /** Multipliers of a ratio's range by city tier ("1" to "5"). */
    public record TierFactor(BenchmarkRatio ratio, Map<String, BigDecimal> factors, String source, boolean estimate,
            Note note) {
    }

    /** A note for the merchant in both languages of the answers. */
    public record Note(String zh, String en) {

        /** The note in an answer's language ("zh" or "en"). */
        public String in(String language) {
            return "en".equals(language) ? en : zh;
        }

        boolean complete() {
            return zh != null && !zh.isBlank() && en != null && !en.isBlank();
        }
    }
}
