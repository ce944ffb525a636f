package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeseasonalisedTest {

    /**
     * A season that turns round in the last two years: forecasts from past origins put back the season
     * as it was known at each origin, not the whole window's, and there are none before two seasons.
     */
    @Test
    void pastOriginsPutBackOnlyTheSeasonKnownAtThem() {
        int m = 4;
        double[] early = {10, -10, 5, -5};
        double[] late = {-10, 10, -5, 5};
        double[] y = new double[24];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 0.5 * t + (t < 16 ? early[t % m] : late[t % m]);
        }
        FittedModel model = Deseasonalised.fit(new SeasonalNaive(), y, m);
        double[][] origins = model.originForecasts(2, 0);

        assertThat(origins[2 * m - 2]).isNull();
        int t = 11;
        double[] known = SeasonalIndices.classical(y, t + 1, m, true);
        double[] whole = SeasonalIndices.classical(y, y.length, m, true);
        double adjusted = y[t] / whole[t % m]; // the naive forecast of the adjusted series
        assertThat(origins[t][0]).isCloseTo(adjusted * known[(t + 1) % m], within(1e-9));
        assertThat(known[(t + 1) % m]).isNotCloseTo(whole[(t + 1) % m], within(0.01));
    }
}
