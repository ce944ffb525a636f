package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * How simulated error paths add up over the horizon (what a balance band is made of): as the errors of past
 * origins did, not as a model's persistent level claims where the data showed otherwise.
 */
class PathDependenceTest {

    private static final int HORIZON = 60;
    private static final int PATHS = 4_000;

    @Test
    void errorsMeasuredAsIndependentAddUpAsIndependentEvenUnderALevelThatWanders() {
        // A local-level model (alpha 0.5) says every error persists; past origins measured none persisting.
        ModelForecast measured = forecast(0.5, 0.0);
        ModelForecast unmeasured = forecast(0.5, Double.NaN);

        double independent = Math.sqrt(HORIZON);
        assertThat(sumDeviation(measured)).isCloseTo(independent, within(0.1 * independent));
        // Without the measurement the model's dependence stands: close to every day's error at once.
        assertThat(sumDeviation(unmeasured)).isGreaterThan(4 * independent);
        // Either way each step's spread is the calibrated one.
        assertThat(stepDeviation(measured, HORIZON - 1)).isCloseTo(deviation(measured.errors()), within(0.05));
    }

    @Test
    void theModelsDependenceIsKeptWhereThePastShowedAsMuch() {
        ModelForecast persistent = forecast(0.5, 0.99);
        assertThat(sumDeviation(persistent)).isCloseTo(sumDeviation(forecast(0.5, Double.NaN)), within(1e-9));
    }

    @Test
    void theEngineMeasuresLittleCorrelationBetweenTheStepsOfIndependentNoise() {
        SplittableRandom random = new SplittableRandom(3);
        double[] y = new double[300];
        for (int t = 0; t < y.length; t++) {
            y[t] = 1_000 + 100 * random.nextGaussian();
        }
        ErrorDistribution errors = new ForecastEngine(EngineSettings.defaults()).forecast(SeriesInput.of(y, 1), 28,
                new double[] {95}).best().errors();

        assertThat(errors.correlationSteps()).isEqualTo(28);
        assertThat(errors.stepCorrelation()).isBetween(-0.2, 0.2);
    }

    /** Unit errors at every step (a standard normal), a local-level model's weights, and a measured correlation. */
    private static ModelForecast forecast(double alpha, double stepCorrelation) {
        NormalDistribution normal = new NormalDistribution();
        double[] table = new double[401];
        for (int i = 0; i < table.length; i++) {
            table[i] = normal.inverseCumulativeProbability(Math.min(0.9999, Math.max(0.0001, i / 400.0)));
        }
        double[] scale = new double[HORIZON];
        java.util.Arrays.fill(scale, 1);
        double[] psi = new double[HORIZON];
        java.util.Arrays.fill(psi, alpha);
        psi[0] = 1;
        ErrorDistribution errors = new ErrorDistribution(scale, table, 100, stepCorrelation, 28);
        return new ModelForecast("Level", new double[HORIZON], Map.of(), Map.of(), Double.NaN, 1, psi, new double[0],
                errors);
    }

    private static double sumDeviation(ModelForecast forecast) {
        double[][] paths = forecast.simulateErrors(PATHS, new SplittableRandom(9));
        double sum = 0;
        double squares = 0;
        for (double[] path : paths) {
            double total = java.util.Arrays.stream(path).sum();
            sum += total;
            squares += total * total;
        }
        return Math.sqrt(squares / PATHS - (sum / PATHS) * (sum / PATHS));
    }

    /** The spread of a unit-scale distribution's quantiles, as the paths draw them. */
    private static double deviation(ErrorDistribution errors) {
        double squares = 0;
        for (int k = 0; k < PATHS; k++) {
            double q = errors.standardQuantile((k + 0.5) / PATHS);
            squares += q * q;
        }
        return Math.sqrt(squares / PATHS);
    }

    private static double stepDeviation(ModelForecast forecast, int step) {
        double[][] paths = forecast.simulateErrors(PATHS, new SplittableRandom(9));
        double squares = 0;
        for (double[] path : paths) {
            squares += path[step] * path[step];
        }
        return Math.sqrt(squares / PATHS);
    }
}
