package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolling-origin evaluation: forecast from several past origins, compare with what happened, and
 * average MASE and sMAPE and pool interval coverage per method.
 */
public final class Backtest {

    private final ForecastEngine engine;

    public Backtest(ForecastEngine engine) {
        this.engine = engine;
    }

    /** One method's scores; coverage in percent per level. */
    public record Score(double mase, double smape, Map<Double, Double> coverage, int origins) {
    }

    /**
     * Scores per method, or an empty map when the history cannot hold one origin.
     *
     * @param historyNeeded     observations needed for one origin (the minimum training length plus the horizon)
     * @param historyAvailable  observations the series had
     */
    public record Result(Map<String, Score> scores, int origins, int horizon, int historyNeeded, int historyAvailable) {

        /**
         * The method with the lowest MASE (the first in {@link ForecastEngine#METHODS} on a tie), or null when
         * no origin could be scored: the one rule by which the forecast answers and the backtest names its choice.
         */
        public String chosen() {
            String best = null;
            double bestMase = Double.POSITIVE_INFINITY;
            for (String method : ForecastEngine.METHODS) {
                Score score = scores.get(method);
                if (origins > 0 && score != null && score.mase() < bestMase) {
                    bestMase = score.mase();
                    best = method;
                }
            }
            return best;
        }
    }

    /**
     * Origins are spaced a horizon apart (non-overlapping test windows), the last ending at the end of
     * the history; each needs at least {@code minTraining} observations before it.
     */
    public Result run(SeriesInput input, int horizon, int origins, double[] levels, int minTraining) {
        int n = input.y().length;
        int usable = 0;
        for (int o = 1; o <= origins; o++) {
            if (n - o * horizon >= minTraining) {
                usable = o;
            }
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Map<Double, Integer>> hits = new LinkedHashMap<>();
        for (int o = usable; o >= 1; o--) {
            int cut = n - o * horizon;
            SeriesInput training = input.cut(cut, horizon);
            double[] actual = Arrays.copyOfRange(input.y(), cut, cut + horizon);
            double scale = Accuracy.naiveScale(training.y(), input.period());
            EngineResult result = engine.forecast(training, horizon, levels);
            for (var entry : result.models().entrySet()) {
                ModelForecast f = entry.getValue();
                double[] s = sums.computeIfAbsent(entry.getKey(), k -> new double[2]);
                s[0] += Accuracy.meanAbsoluteError(actual, f.mean()) / scale;
                s[1] += Accuracy.smape(actual, f.mean());
                Map<Double, Integer> h = hits.computeIfAbsent(entry.getKey(), k -> new TreeMap<>());
                for (double level : levels) {
                    h.merge(level, Accuracy.inside(actual, f.lower().get(level), f.upper().get(level)), Integer::sum);
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        int total = usable * horizon;
        for (var entry : sums.entrySet()) {
            Map<Double, Double> coverage = new TreeMap<>();
            hits.get(entry.getKey()).forEach((level, count) -> coverage.put(level, 100.0 * count / total));
            scores.put(entry.getKey(), new Score(entry.getValue()[0] / usable, entry.getValue()[1] / usable, coverage,
                    usable));
        }
        return new Result(scores, usable, horizon, minTraining + horizon, n);
    }
}
