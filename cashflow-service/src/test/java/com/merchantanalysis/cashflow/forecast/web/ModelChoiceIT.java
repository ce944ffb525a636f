package com.merchantanalysis.cashflow.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The forecast answers with the model its backtest names, for the same merchant and horizon. */
class ModelChoiceIT extends CashflowApiTest {

    private static final String MERCHANTS = "/api/v1/cashflow/merchants/";
    private static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Test
    void theForecastAndTheBacktestNameTheSameModel() {
        // A hotpot with 14 months of history, where the two used to disagree (forecast Theta, backtest Ensemble).
        String id = MerchantDataStore.store(mongo,
                MerchantData.hotpot("choice-" + System.nanoTime(), 7, AS_OF.minusDays(420), AS_OF).build())
                .merchant().id();
        String token = TestTokens.merchant(id);

        for (String horizon : new String[] {"", "&horizon=14"}) {
            JsonNode forecast = http.get(MERCHANTS + id + "/forecast?asOf=" + AS_OF + horizon, token).json();
            JsonNode backtest = http.get(MERCHANTS + id + "/backtest?asOf=" + AS_OF + horizon, token).json();
            JsonNode summary = http.get(MERCHANTS + id + "/summary?asOf=" + AS_OF + horizon, token).json();

            String chosen = backtest.get("chosen").asString();
            assertThat(backtest.get("origins").asInt()).isPositive();
            assertThat(forecast.get("method").asString()).as("horizon %s", horizon).isEqualTo(chosen);
            assertThat(forecast.get("model").asString()).startsWith(chosen);
            assertThat(forecast.get("accuracy").get("method").asString()).isEqualTo(chosen);
            assertThat(summary.get("model").asString()).isEqualTo(forecast.get("model").asString());
            // The accuracy the forecast shows is that backtest's score of the chosen method.
            JsonNode score = null;
            for (JsonNode model : backtest.get("models")) {
                if (model.get("method").asString().equals(chosen)) {
                    score = model;
                }
            }
            assertThat(forecast.get("accuracy").get("mase").asDouble()).isEqualTo(score.get("mase").asDouble());
            assertThat(forecast.get("accuracy").get("horizonDays").asInt())
                    .isEqualTo(backtest.get("horizonDays").asInt());
        }
    }
}
