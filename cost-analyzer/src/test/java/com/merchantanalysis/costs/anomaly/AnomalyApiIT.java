package com.merchantanalysis.costs.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;
import com.merchantanalysis.costs.support.RestaurantSimulation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Planted utilities ×3 is found on its month; a clean restaurant of the same archetype shows nothing. */
class AnomalyApiIT extends CostApiTest {

    private static final String WINDOW = "?from=2024-07-01&to=2025-02-28";

    @Test
    void tripledUtilitiesAreFoundOnTheirMonthWithTheirDaysAndAmounts() {
        RestaurantSimulation.Result planted = Fixtures.planted(mongo);
        BigDecimal plantedAmount = planted.transactions().stream()
                .filter(tx -> tx.labels().contains(PlantedEvent.UTILITIES_ANOMALY.label()))
                .map(TransactionDocument::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        JsonNode body = ok(MERCHANTS + Fixtures.PLANTED + "/anomalies" + WINDOW);

        assertThat(body.get("monthsEvaluated").valueStream().map(JsonNode::asString))
                .containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02");
        assertThat(body.get("anomalies")).hasSize(1);
        JsonNode anomaly = body.get("anomalies").get(0);
        assertThat(anomaly.get("category").asString()).isEqualTo("UTILITIES");
        assertThat(anomaly.get("type").asString()).isEqualTo("SPIKE");
        assertThat(anomaly.get("month").asString()).isEqualTo(Fixtures.UTILITIES_MONTH.toString());
        assertThat(anomaly.get("amount").decimalValue()).isEqualByComparingTo(plantedAmount);
        assertThat(anomaly.get("relativeChangePct").decimalValue()).isBetween(new BigDecimal("100"), new BigDecimal("250"));
        assertThat(anomaly.get("robustZ").asDouble()).isGreaterThan(3.5);
        assertThat(anomaly.get("days")).hasSize(1);
        assertThat(anomaly.get("days").get(0).get("date").asString()).isEqualTo("2024-10-15");
        assertThat(anomaly.get("days").get(0).get("amount").decimalValue()).isEqualByComparingTo(plantedAmount);
    }

    @Test
    void aCleanRestaurantShowsNoAnomalyInAnyMonth() {
        Fixtures.clean(mongo);

        JsonNode body = ok(MERCHANTS + Fixtures.CLEAN + "/anomalies" + WINDOW);
        JsonNode wholeYear = ok(MERCHANTS + Fixtures.CLEAN + "/anomalies?from=2024-01-01&to=2025-02-28");

        assertThat(body.get("monthsEvaluated")).hasSize(8);
        assertThat(body.get("anomalies")).as(body.toString()).isEmpty();
        assertThat(wholeYear.get("anomalies")).as(wholeYear.toString()).isEmpty();
    }

    @Test
    void aMonthCutByThePeriodIsNotJudged() {
        Fixtures.planted(mongo);

        JsonNode body = ok(MERCHANTS + Fixtures.PLANTED + "/anomalies?from=2024-10-16&to=2024-12-20");

        assertThat(body.get("monthsEvaluated").valueStream().map(JsonNode::asString)).containsExactly("2024-11");
        assertThat(body.get("historyFrom").asString()).isEqualTo(LocalDate.of(2022, 10, 1).toString());
        assertThat(body.get("anomalies")).isEmpty();
    }
}
