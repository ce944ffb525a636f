package com.merchantanalysis.costs.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Ranked actions and the gateway's summary, drawn from the planted events. */
class ActionsApiIT extends CostApiTest {

    private static final String WINTER = "?from=2024-12-01&to=2025-02-28";
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

    @BeforeEach
    void data() {
        Fixtures.planted(mongo);
        Fixtures.clean(mongo);
    }

    @Test
    void theFeeOverchargeBecomesAClaimWorthItsMonthlyAmount() {
        BigDecimal overcharge = ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER).get("totalOverchargeYuan")
                .decimalValue();

        JsonNode actions = english(MERCHANTS + Fixtures.PLANTED + "/actions" + WINTER).get("actions");

        JsonNode claim = find(actions, "Claim back WeChat Pay");
        BigDecimal perMonth = overcharge.multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(90), 2, RoundingMode.HALF_UP);
        assertThat(claim.get("monthlyImpactYuan").decimalValue()).isEqualByComparingTo(perMonth);
        assertThat(claim.get("category").asString()).isEqualTo("payment-fees");
        assertThat(claim.get("evidence").asString()).contains("0.6").contains("WeChat Pay");
        List<BigDecimal> weights = new ArrayList<>();
        for (JsonNode action : actions) {
            assertThat(action.propertyNames()).containsExactlyInAnyOrder("title", "category", "monthlyImpactYuan",
                    "evidence", "confidence", "derivation");
            assertThat(action.get("derivation").asString()).isNotBlank();
            assertThat(action.get("confidence").decimalValue()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(action.get("monthlyImpactYuan").decimalValue().scale()).isEqualTo(2);
            weights.add(action.get("monthlyImpactYuan").decimalValue().multiply(action.get("confidence").decimalValue()));
        }
        assertThat(weights).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theUtilitiesAnomalyBecomesABillToCheck() {
        JsonNode actions = english(MERCHANTS + Fixtures.PLANTED + "/actions?from=2024-09-01&to=2024-11-30").get("actions");
        JsonNode chinese = ok(MERCHANTS + Fixtures.PLANTED + "/actions?from=2024-09-01&to=2024-11-30").get("actions");

        JsonNode bill = find(actions, "Check the Oct 2024 utilities bill");
        assertThat(bill.get("monthlyImpactYuan").decimalValue()).isGreaterThan(new BigDecimal("5000"));
        assertThat(bill.get("evidence").asString()).contains("15 Oct 2024");
        assertThat(find(chinese, "核对2024年10月的水电费账单").get("evidence").asString()).contains("2024年10月15日");
    }

    @Test
    void theSummaryHasExactlyTheGatewaysShape() {
        JsonNode summary = english(MERCHANTS + Fixtures.PLANTED + "/summary" + WINTER);
        JsonNode structure = ok(MERCHANTS + Fixtures.PLANTED + "/structure" + WINTER);
        JsonNode audit = ok(MERCHANTS + Fixtures.PLANTED + "/fee-audit" + WINTER);

        // The gateway's fields, and those added since (issue 16): only ever added, never renamed.
        assertThat(summary.propertyNames()).containsExactlyInAnyOrder("merchantId", "dataVersion", "from", "to",
                "revenue", "grossMarginPct", "netMarginPct", "primeCostPct", "topLeaks", "feeOverchargeYuan", "actions",
                "completeness", "riskActions");
        assertThat(summary.get("revenue").decimalValue()).isEqualByComparingTo(structure.get("revenue").decimalValue());
        assertThat(summary.get("netMarginPct").decimalValue()).isEqualByComparingTo(structure.get("netMarginPct").decimalValue());
        assertThat(summary.get("primeCostPct").decimalValue()).isEqualByComparingTo(structure.get("primeCostPct").decimalValue());
        assertThat(summary.get("feeOverchargeYuan").decimalValue())
                .isPositive().isEqualByComparingTo(audit.get("totalOverchargeYuan").decimalValue());
        // The version the writer raised from 0 when it stored the data, which keys every cached answer.
        assertThat(summary.get("dataVersion").asLong()).isPositive()
                .isEqualTo(mongo.findById(Fixtures.PLANTED, MerchantDocument.class).dataVersion());
        assertThat(summary.get("topLeaks")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (JsonNode leak : summary.get("topLeaks")) {
            assertThat(leak.propertyNames()).containsExactlyInAnyOrder("category", "amountYuan", "detail");
        }
        assertThat(summary.get("actions").toString()).contains("Claim back WeChat Pay");
    }

    @Test
    void aCleanRestaurantHasNothingToClaim() {
        JsonNode summary = english(MERCHANTS + Fixtures.CLEAN + "/summary" + WINTER);

        assertThat(summary.get("feeOverchargeYuan").decimalValue()).isZero();
        assertThat(summary.get("actions").toString()).doesNotContain("Claim back").doesNotContain("utilities bill");
    }

    private static JsonNode find(JsonNode actions, String titleStart) {
        for (JsonNode action : actions) {
            if (action.get("title").asString().startsWith(titleStart)) {
                return action;
            }
        }
        throw new AssertionError("No action starting with '" + titleStart + "' in " + actions);
    }
}
