package com.merchantanalysis.costs.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ratios against the archetype's ranges for the merchant's city tier, each citing its source. */
class BenchmarkApiIT extends CostApiTest {

    @Test
    void everyRatioIsPlacedAgainstItsRangeAndCitesItsSource() {
        Fixtures.planted(mongo);

        JsonNode body = english(MERCHANTS + Fixtures.PLANTED + "/benchmarks?from=2024-12-01&to=2025-02-28");

        assertThat(body.get("profile").asString()).isEqualTo("hotpot");
        assertThat(body.get("cityTier").asInt()).isEqualTo(2);
        assertThat(body.get("benchmarkVersion").asString()).isNotBlank();
        assertThat(body.get("ratios").size()).isGreaterThanOrEqualTo(10);
        for (JsonNode ratio : body.get("ratios")) {
            String name = ratio.get("ratio").asString();
            assertThat(ratio.get("source").get("title").asString()).as(name).isNotBlank();
            assertThat(ratio.get("source").get("publisher").asString()).as(name).isNotBlank();
            BigDecimal value = ratio.get("value").decimalValue();
            String position = value.compareTo(ratio.get("high").decimalValue()) > 0 ? "ABOVE"
                    : value.compareTo(ratio.get("low").decimalValue()) < 0 ? "BELOW" : "WITHIN";
            assertThat(ratio.get("position").asString()).as(name).isEqualTo(position);
            assertThat(ratio.get("assessment").asString()).as(name).contains(position.toLowerCase());
        }
        JsonNode wechat = ratio(body, "FEE_RATE_WECHAT_PAY");
        assertThat(wechat.get("position").asString()).isEqualTo("ABOVE");
        assertThat(wechat.get("high").decimalValue()).isEqualByComparingTo("0.60");
        assertThat(wechat.get("deviationPoints").decimalValue()).isBetween(new BigDecimal("0.19"), new BigDecimal("0.21"));
        assertThat(wechat.get("favourable").asBoolean()).isFalse();
        assertThat(wechat.get("estimate").asBoolean()).isFalse();
        assertThat(wechat.get("source").get("id").asString()).isEqualTo("wechat-alipay-standard-rate");
        JsonNode prime = ratio(body, "PRIME_COST_PCT");
        assertThat(prime.get("low").decimalValue()).isEqualByComparingTo("55");
        assertThat(prime.get("high").decimalValue()).isEqualByComparingTo("65");
        assertThat(prime.get("estimate").asBoolean()).isTrue();
        // A tier-2 city: the tier-3 occupancy range 6-12% is scaled by 1.25.
        JsonNode rent = ratio(body, "OCCUPANCY_PCT");
        assertThat(rent.get("low").decimalValue()).isEqualByComparingTo("7.50");
        assertThat(rent.get("high").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(rent.get("cityTierFactor").decimalValue()).isEqualByComparingTo("1.25");
    }

    private static JsonNode ratio(JsonNode body, String name) {
        for (JsonNode ratio : body.get("ratios")) {
            if (ratio.get("ratio").asString().equals(name)) {
                return ratio;
            }
        }
        throw new AssertionError("No ratio " + name);
    }
}
