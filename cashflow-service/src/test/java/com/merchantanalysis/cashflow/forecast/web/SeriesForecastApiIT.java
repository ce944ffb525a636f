package com.merchantanalysis.cashflow.forecast.web;

import static com.merchantanalysis.cashflow.forecast.web.MerchantForecastApiIT.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.StringJoiner;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/cashflow/forecast} over real HTTP, and the service's metrics. */
class SeriesForecastApiIT extends CashflowApiTest {

    private static final String FORECAST = "/api/v1/cashflow/forecast";

    @Test
    void aPostedDailySeriesGetsDatedForecastsWithIntervalsPerLevel() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        double[] sales = new SimulatedMerchant(SimulatedMerchant.CAFE, 9).sales(start, 120);

        var response = http.post(FORECAST, TestTokens.analyst(), """
                {"series": %s, "frequency": "DAILY", "horizon": 14, "levels": [50, 80, 95]}""".formatted(
                series(start, sales)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("model").asString()).startsWith("Ensemble");
        assertThat(body.get("seasonLength").asInt()).isEqualTo(7);
        JsonNode points = body.get("points");
        assertThat(points).hasSize(14);
        assertThat(points.get(0).get("date").asString()).isEqualTo(start.plusDays(120).toString());
        for (JsonNode p : points) {
            double mean = p.get("mean").asDouble();
            assertThat(p.get("lower").get("95").asDouble()).isLessThan(p.get("lower").get("50").asDouble());
            assertThat(p.get("lower").get("50").asDouble()).isLessThan(mean);
            assertThat(p.get("upper").get("95").asDouble()).isGreaterThan(mean);
        }
        // The answer states what its intervals achieved in the series' own backtest.
        JsonNode accuracy = body.get("accuracy");
        assertThat(accuracy.get("series").asString()).isEqualTo("posted series");
        assertThat(accuracy.get("origins").asInt()).isEqualTo(3);
        assertThat(accuracy.get("horizonDays").asInt()).isEqualTo(14);
        assertThat(accuracy.get("coverage").get("80").asDouble()).isBetween(50.0, 100.0);
        assertThat(accuracy.get("coverage").get("95").asDouble()).isGreaterThanOrEqualTo(
                accuracy.get("coverage").get("80").asDouble());

        var without = http.post(FORECAST, TestTokens.analyst(), """
                {"series": %s, "horizon": 14, "backtestOrigins": 0}""".formatted(series(start, sales)));
        assertThat(without.json().get("accuracy").isNull()).isTrue();
    }

    @Test
    void aShortSeriesFallsBackToTheSimpleModelAndSaysSo() {
        var response = http.post(FORECAST, TestTokens.analyst(), """
                {"series": [{"date": "2025-01-01", "value": 10}, {"date": "2025-02-01", "value": 12},
                            {"date": "2025-03-01", "value": 11}], "frequency": "MONTHLY", "horizon": 2}""");

        JsonNode body = response.json();
        assertThat(body.get("fallback").asBoolean()).isTrue();
        assertThat(body.get("note").asString()).contains("只有 3 个数据点");
        assertThat(body.get("points").get(1).get("date").asString()).isEqualTo("2025-05-01");
    }

    @Test
    void invalidSeriesGet400NamingTheField() {
        String token = TestTokens.analyst();
        assertField(http.post(FORECAST, token, "{\"series\": []}"), "series");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-02\", \"value\": 1}, "
                + "{\"date\": \"2025-01-01\", \"value\": 2}]}"), "series[1].date");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\", \"value\": 1}, "
                + "{\"date\": \"2025-01-01\", \"value\": 2}]}"), "series[1].date");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\", \"value\": 1e999}]}"),
                "series[0].value");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\"}]}"), "series[0].value");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\", \"value\": 1}], "
                + "\"horizon\": 400}"), "horizon");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\", \"value\": 1}], "
                + "\"levels\": [80, 0]}"), "levels[1]");
        assertField(http.post(FORECAST, token, "{\"series\": [{\"date\": \"2025-01-01\", \"value\": 1}], "
                + "\"backtestOrigins\": 21}"), "backtestOrigins");
    }

    @Test
    void theBusinessMetricsAreThereBeforeFirstUse() {
        String metrics = http.get("/actuator/prometheus", null).body();

        assertThat(metrics).contains("merchant_forecast_seconds_count{application=\"cashflow-service\",model=\"Ensemble\"}");
        assertThat(metrics).contains("cashflow_shortfall_warnings_total");
        assertThat(metrics).contains(
                "merchant_cache_errors_total{application=\"cashflow-service\",cache=\"cashflow-service\",cause=\"error\",operation=\"read\"}");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        String docs = http.get("/api/v1/cashflow/v3/api-docs", null).body();

        assertThat(docs).contains("/api/v1/cashflow/merchants/{merchantId}/forecast",
                "/api/v1/cashflow/merchants/{merchantId}/runway", "/api/v1/cashflow/forecast");
        // The reader's language comes from Accept-Language: the handlers' Locale argument is no API parameter.
        assertThat(docs).contains("\"name\":\"horizon\"").doesNotContain("\"name\":\"locale\"");
    }

    static String series(LocalDate start, double[] values) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (int t = 0; t < values.length; t++) {
            json.add("{\"date\": \"" + start.plusDays(t) + "\", \"value\": " + values[t] + "}");
        }
        return json.toString();
    }
}
