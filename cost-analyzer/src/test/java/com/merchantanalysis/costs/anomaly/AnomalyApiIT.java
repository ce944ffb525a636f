package com.merchantanalysis.costs.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.costs.support.CostApiTest;
import com.merchantanalysis.costs.support.Fixtures;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Planted utilities ×3 is found on its month, with fourteen months of data and with six; a clean restaurant of
 * the same archetype shows nothing; with two months the answer says it could not judge, not that it found nothing.
 */
class AnomalyApiIT extends CostApiTest {

    private static final String WINDOW = "?from=2024-07-01&to=2025-02-28";
    private static final LocalDate SHORT_FROM = LocalDate.of(2024, 7, 1);
    private static final LocalDate SHORT_TO = LocalDate.of(2024, 12, 31);
    private static final YearMonth SHORT_TRIPLED = YearMonth.of(2024, 11);

    @Test
    void tripledUtilitiesAreFoundOnTheirMonthWithTheirDaysAndAmounts() {
        MerchantData.Result planted = Fixtures.planted(mongo);
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
    void withSixMonthsOfHistoryTheTripledUtilitiesMonthIsFoundAndTheCleanTwinShowsNothing() {
        store(MerchantData.hotpot("short-planted", 5, SHORT_FROM, SHORT_TO).tripleUtilities(SHORT_TRIPLED));
        store(MerchantData.hotpot("short-clean", 5, SHORT_FROM, SHORT_TO));
        String window = "/anomalies?from=" + SHORT_FROM + "&to=" + SHORT_TO;

        JsonNode planted = english(MERCHANTS + "short-planted" + window);
        JsonNode clean = ok(MERCHANTS + "short-clean" + window);

        assertThat(planted.get("status").asString()).isEqualTo("JUDGED");
        assertThat(planted.get("completeMonths").asInt()).isEqualTo(6);
        assertThat(planted.get("anomalies")).as(planted.toString()).singleElement().satisfies(anomaly -> {
            assertThat(anomaly.get("category").asString()).isEqualTo("UTILITIES");
            assertThat(anomaly.get("type").asString()).isEqualTo("SPIKE");
            assertThat(anomaly.get("month").asString()).isEqualTo(SHORT_TRIPLED.toString());
            assertThat(anomaly.get("baseline").asString()).startsWith("median of the line’s 6 complete months");
        });
        assertThat(line(planted, "UTILITIES").get("rule").asString()).isEqualTo("MEDIAN");
        assertThat(clean.get("status").asString()).isEqualTo("JUDGED");
        assertThat(clean.get("anomalies")).as(clean.toString()).isEmpty();
        assertThat(line(clean, "UTILITIES").get("status").asString()).isEqualTo("JUDGED");
    }

    @Test
    void withTwoMonthsOfHistoryTheAnswerIsNotEnoughHistoryNotNothingFound() {
        store(MerchantData.hotpot("two-months", 5, LocalDate.of(2024, 11, 1), SHORT_TO)
                .tripleUtilities(SHORT_TRIPLED));

        JsonNode body = ok(MERCHANTS + "two-months/anomalies?from=2024-11-01&to=" + SHORT_TO);

        assertThat(body.get("status").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
        assertThat(body.get("completeMonths").asInt()).isEqualTo(2);
        assertThat(body.get("monthsNeeded").asInt()).isEqualTo(3);
        assertThat(body.get("anomalies")).isEmpty();
        assertThat(body.get("lines")).isNotEmpty().allSatisfy(line -> {
            assertThat(line.get("status").asString()).isEqualTo("NOT_ENOUGH_HISTORY");
            assertThat(line.get("monthsNeeded").asInt()).isEqualTo(3);
        });
        assertThat(line(body, "UTILITIES").get("monthsWithLine").asInt()).isEqualTo(2);
    }

    @Test
    void aMonthCutByThePeriodIsNotJudged() {
        Fixtures.planted(mongo);

        JsonNode body = ok(MERCHANTS + Fixtures.PLANTED + "/anomalies?from=2024-10-16&to=2024-12-20");

        assertThat(body.get("monthsEvaluated").valueStream().map(JsonNode::asString)).containsExactly("2024-11");
        assertThat(body.get("historyFrom").asString()).isEqualTo(LocalDate.of(2022, 10, 1).toString());
        assertThat(body.get("anomalies")).isEmpty();
    }

    private static JsonNode line(JsonNode report, String category) {
        return report.get("lines").valueStream().filter(line -> category.equals(line.get("category").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + category + " in " + report));
    }
}
