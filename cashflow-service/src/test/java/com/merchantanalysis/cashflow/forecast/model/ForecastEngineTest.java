package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;

import org.junit.jupiter.api.Test;

/** The engine on simulated merchants whose generating process is known. */
class ForecastEngineTest {

    private static final double[] LEVELS = {80, 95};
    private static final LocalDate START = LocalDate.of(2023, 3, 1);
    private static final ForecastEngine ENGINE = new ForecastEngine(EngineSettings.defaults());

    @Test
    void theEnsembleBeatsSeasonalNaiveOnMaseAndItsIntervalsCoverAsTheySay() {
        List<Backtest.Result> results = new ArrayList<>();
        for (SimulatedMerchant.Profile profile : List.of(SimulatedMerchant.HOTPOT, SimulatedMerchant.CAFE,
                SimulatedMerchant.CONVENIENCE)) {
            for (long seed : new long[] {1, 2}) {
                double[] sales = new SimulatedMerchant(profile, seed).sales(START, 600);
                results.add(new Backtest(ENGINE).run(withHolidays(sales, START, 28), 28, 5, LEVELS, 200));
            }
        }
        double ensemble = 0;
        double naive = 0;
        double cover80 = 0;
        double cover95 = 0;
        for (Backtest.Result r : results) {
            ensemble += r.scores().get(ForecastEngine.ENSEMBLE).mase() / results.size();
            naive += r.scores().get(ForecastEngine.SEASONAL_NAIVE).mase() / results.size();
            cover80 += r.scores().get(ForecastEngine.ENSEMBLE).coverage().get(80.0) / results.size();
            cover95 += r.scores().get(ForecastEngine.ENSEMBLE).coverage().get(95.0) / results.size();
        }
        System.out.printf("MASE ensemble %.3f naive %.3f, coverage 80: %.1f 95: %.1f%n", ensemble, naive, cover80,
                cover95);
        assertThat(ensemble).isLessThan(0.8 * naive);
        assertThat(cover80).isBetween(75.0, 85.0);
        assertThat(cover95).isBetween(90.0, 100.0);
    }

    @Test
    void aHolidayInTheHorizonLowersTheForecastOnItsDays() {
        double[] sales = new SimulatedMerchant(SimulatedMerchant.HOTPOT, 3).sales(START, 680);
        LocalDate origin = START.plusDays(680);
        int horizon = 60;
        EngineResult with = ENGINE.forecast(withHolidays(sales, START, horizon), horizon, LEVELS);
        EngineResult without = ENGINE.forecast(SeriesInput.of(sales, 7), horizon, LEVELS);

        double[] holidayDays = new double[2];
        double[] ordinary = new double[2];
        for (int h = 0; h < horizon; h++) {
            boolean trough = SimulatedMerchant.holidayTrough(origin.plusDays(h));
            int i = trough ? 0 : 1;
            holidayDays[0] += trough ? with.best().mean()[h] : 0;
            holidayDays[1] += trough ? 1 : 0;
            ordinary[0] += trough ? 0 : with.best().mean()[h];
            ordinary[1] += trough ? 0 : 1;
        }
        assertThat(holidayDays[1]).isGreaterThan(0);
        double holidayMean = holidayDays[0] / holidayDays[1];
        double ordinaryMean = ordinary[0] / ordinary[1];
        assertThat(holidayMean).isLessThan(0.6 * ordinaryMean);
        // Without the calendar the engine cannot know: its holiday days look like any other.
        double withoutHoliday = 0;
        for (int h = 0; h < horizon; h++) {
            if (SimulatedMerchant.holidayTrough(origin.plusDays(h))) {
                withoutHoliday += without.best().mean()[h] / holidayDays[1];
            }
        }
        assertThat(withoutHoliday).isGreaterThan(0.8 * ordinaryMean);
    }

    @Test
    void tooLittleHistoryFallsBackToTheSimpleModelAndSaysSo() {
        double[] sales = new SimulatedMerchant(SimulatedMerchant.CAFE, 4).sales(START, 10);

        EngineResult result = ENGINE.forecast(SeriesInput.of(sales, 7), 14, LEVELS);

        assertThat(result.fallback()).isTrue();
        assertThat(result.shortHistory().observations()).isEqualTo(10);
        assertThat(result.best().mean()).hasSize(14);
        assertThat(result.best().upper().get(95.0)[0]).isGreaterThan(result.best().mean()[0]);
    }

    @Test
    void seriesWithZerosAndNegativeValuesGetFiniteForecasts() {
        double[] net = new double[120];
        for (int t = 0; t < net.length; t++) {
            net[t] = t % 7 == 6 ? 0 : (t % 30 == 0 ? -20_000 : 1_500 + 100 * Math.sin(t));
        }
        EngineResult result = ENGINE.forecast(SeriesInput.of(net, 7), 30, LEVELS);

        for (double v : result.best().mean()) {
            assertThat(v).isFinite();
        }
        assertThat(result.best().lower().get(95.0)[0]).isLessThan(result.best().upper().get(95.0)[0]);
    }

    /** The holiday trough as a regressor known for history and future. */
    static SeriesInput withHolidays(double[] y, LocalDate start, int horizon) {
        double[][] history = new double[y.length][];
        boolean[] kept = new boolean[y.length];
        for (int t = 0; t < y.length; t++) {
            boolean trough = SimulatedMerchant.holidayTrough(start.plusDays(t));
            history[t] = new double[] {trough ? 1 : 0};
            kept[t] = trough;
        }
        double[][] future = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
            future[h] = new double[] {SimulatedMerchant.holidayTrough(start.plusDays(y.length + h)) ? 1 : 0};
        }
        return new SeriesInput(y, 7, new Regressors(new String[] {"trough"}, history, future), kept);
    }
}
