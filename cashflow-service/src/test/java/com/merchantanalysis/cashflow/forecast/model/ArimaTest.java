package com.merchantanalysis.cashflow.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * ARIMA by conditional sum of squares against known values: a simulated AR(1) and MA(1), and R's
 * {@code arima(..., method = "CSS")} on two base-R datasets. R's figures were obtained with R 4.2.2
 * (Debian bookworm's r-base-core) by
 * <pre>
 * arima(lh, order = c(1, 0, 0), method = "CSS")                       # coef, sigma2, loglik
 * arima(lh, order = c(1, 0, 1), method = "CSS")
 * f &lt;- arima(USAccDeaths, order = c(0, 1, 1), seasonal = list(order = c(0, 1, 1), period = 12),
 *            method = "CSS"); predict(f, n.ahead = 6)$pred
 * </pre>
 */
class ArimaTest {

    /** base R's {@code lh}: luteinizing hormone in blood samples, 48 values at 10-minute intervals. */
    static final double[] LH = {2.4, 2.4, 2.4, 2.2, 2.1, 1.5, 2.3, 2.3, 2.5, 2, 1.9, 1.7, 2.2, 1.8, 3.2, 3.2, 2.7, 2.2,
        2.2, 1.9, 1.9, 1.8, 2.7, 3, 2.3, 2, 2, 2.9, 2.9, 2.7, 2.7, 2.3, 2.6, 2.4, 1.8, 1.7, 1.5, 1.4, 2.1, 3.3, 3.5, 3.5,
        3.1, 2.6, 2.1, 3.4, 3, 2.9};

    /** base R's {@code USAccDeaths}: monthly accidental deaths in the USA, 1973–1978. */
    static final double[] US_ACC_DEATHS = {9007, 8106, 8928, 9137, 10017, 10826, 11317, 10744, 9713, 9938, 9161, 8927,
        7750, 6981, 8038, 8422, 8714, 9512, 10120, 9823, 8743, 9129, 8710, 8680, 8162, 7306, 8124, 7870, 9387, 9556,
        10093, 9620, 8285, 8466, 8160, 8034, 7717, 7461, 7767, 7925, 8623, 8945, 10078, 9179, 8037, 8488, 7874, 8647,
        7792, 6957, 7726, 8106, 8890, 9299, 10625, 9302, 8314, 8850, 8265, 8796, 7836, 6892, 7791, 8192, 9115, 9434,
        10484, 9827, 9110, 9070, 8633, 9240};

    @Test
    void recoversTheCoefficientOfASimulatedAr1() {
        Random random = new Random(17);
        double[] y = new double[2000];
        double x = 0;
        for (int t = 0; t < y.length; t++) {
            x = 0.6 * x + random.nextGaussian();
            y[t] = 10 + x;
        }
        ArimaFit fit = ArimaFit.estimate(ArimaSpec.of(1, 0, 0, true), y, 100);

        assertThat(fit.ar()[0]).isCloseTo(0.6, within(0.04));
        assertThat(fit.mean()).isCloseTo(10, within(0.15));
        assertThat(fit.sigma2()).isCloseTo(1, within(0.08));
        // An AR(1)'s innovation weights are the powers of its coefficient.
        double[] psi = fit.psi(4);
        for (int j = 0; j < 4; j++) {
            assertThat(psi[j]).isCloseTo(Math.pow(fit.ar()[0], j), within(1e-12));
        }
    }

    @Test
    void recoversTheCoefficientOfASimulatedMa1() {
        Random random = new Random(5);
        double[] y = new double[2000];
        double previous = 0;
        for (int t = 0; t < y.length; t++) {
            double e = random.nextGaussian();
            y[t] = e - 0.5 * previous;
            previous = e;
        }
        ArimaFit fit = ArimaFit.estimate(ArimaSpec.of(0, 0, 1, false), y, 100);

        assertThat(fit.ma()[0]).isCloseTo(-0.5, within(0.05));
    }

    @Test
    void matchesRsCssFitOfAnAr1ToLh() {
        ArimaFit fit = ArimaFit.estimate(ArimaSpec.of(1, 0, 0, true), LH, 100);

        assertThat(fit.ar()[0]).isCloseTo(0.58599427528153, within(1e-4));
        assertThat(fit.mean()).isCloseTo(2.41505211083130, within(1e-4));
        assertThat(fit.sigma2()).isCloseTo(0.201645260088309, within(1e-5));
        assertThat(fit.logLikelihood()).isCloseTo(-29.6791632680009, within(1e-3));
    }

    @Test
    void matchesRsCssFitOfAnArma11ToLh() {
        ArimaFit fit = ArimaFit.estimate(ArimaSpec.of(1, 0, 1, true), LH, 100);

        assertThat(fit.ar()[0]).isCloseTo(0.463139161904661, within(2e-3));
        assertThat(fit.ma()[0]).isCloseTo(0.200361295550617, within(2e-3));
        assertThat(fit.mean()).isCloseTo(2.410946396053799, within(1e-3));
        assertThat(fit.sigma2()).isCloseTo(0.196363989571229, within(1e-5));
    }

    @Test
    void matchesRsAirlineModelOfUsAccDeathsAndItsForecasts() {
        ArimaFit fit = ArimaFit.estimate(new ArimaSpec(0, 1, 1, 0, 1, 1, 12, false), US_ACC_DEATHS, 100);

        assertThat(fit.name()).isEqualTo("ARIMA(0,1,1)(0,1,1)[12]");
        assertThat(fit.ma()[0]).isCloseTo(-0.373216967948316, within(1e-4));
        assertThat(fit.seasonalMa()[0]).isCloseTo(-0.454897032737874, within(1e-4));
        assertThat(fit.sigma2()).isCloseTo(110330.441284322, within(110330 * 1e-6));
        double[] r = {8342.53934022833, 7513.25461394142, 8311.43339872197, 8642.03158897218, 9519.34379006404,
            9872.97794020396};
        double[] forecast = fit.forecast(6);
        for (int h = 0; h < 6; h++) {
            // R forecasts from its Kalman filter's state, we from the CSS errors: 0.1% apart here.
            assertThat(forecast[h]).as("step %d", h + 1).isCloseTo(r[h], within(r[h] * 2e-3));
        }
    }

    @Test
    void forecastsFromPastOriginsAgreeWithTheFittedValues() {
        ArimaFit fit = ArimaFit.estimate(new ArimaSpec(1, 1, 1, 0, 1, 1, 12, false), US_ACC_DEATHS, 100);
        int n = US_ACC_DEATHS.length;
        double[][] origins = fit.originForecasts(3, 0);
        double[] fitted = fit.fitted();

        // The one-step forecast from origin t is the fitted value of t + 1.
        for (int t = 30; t < n - 1; t++) {
            assertThat(origins[t][0]).isCloseTo(fitted[t + 1], within(1e-6));
        }
        // Before the differences and the AR terms have values to work on (1 + 12 + 1), there is none,
        // and none from the last value, which has nothing after it to compare with.
        assertThat(origins[13]).isNull();
        assertThat(origins[14]).isNotNull();
        assertThat(fitted[13]).isNaN();
        assertThat(origins[n - 1]).isNull();
        assertThat(origins[n - 3]).hasSize(2);
    }

    @Test
    void differencesAndPartialAutocorrelationsMapAsDefined() {
        assertThat(ArimaFit.difference(new double[] {1, 4, 9, 16}, 1)).containsExactly(3, 5, 7);
        double[] seasonal = ArimaFit.difference(new double[] {1, 2, 3, 11, 12, 13, 31}, 3);
        assertThat(seasonal).containsExactly(10, 10, 10, 20);
        // Durbin–Levinson: partial autocorrelations (0.5, 0.2) give phi2 = 0.2, phi1 = 0.5 - 0.2 * 0.5.
        double[] phi = ArimaFit.partialToCoefficients(new double[] {atanh(0.5), atanh(0.2)}, 0, 2);
        assertThat(phi[0]).isCloseTo(0.4, within(1e-12));
        assertThat(phi[1]).isCloseTo(0.2, within(1e-12));
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
