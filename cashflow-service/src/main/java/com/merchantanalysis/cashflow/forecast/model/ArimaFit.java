package com.merchantanalysis.cashflow.forecast.model;

import java.util.Arrays;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.util.Pair;

/**
 * A seasonal ARIMA model estimated by conditional sum of squares (R's {@code arima(method = "CSS")}):
 * the series is differenced, the first {@code p + m P} differenced values are conditioned on, and the
 * coefficients minimise the sum of the one-step errors that follow, by Levenberg–Marquardt
 * (commons-math3). The AR and MA polynomials are estimated through their partial autocorrelations
 * ({@code tanh} of the free values, then Durbin–Levinson), so that every estimate is stationary and
 * invertible. Forecasts, forecasts from past origins and innovation weights come from the model written
 * on the undifferenced series: {@code y[t] = c + Σ a[i] y[t-i] + e[t] + Σ b[j] e[t-j]}.
 */
public final class ArimaFit implements FittedModel {

    /** Levenberg–Marquardt stops when the sum of squares or the estimates change relatively less than this. */
    static final double TOLERANCE = 1e-7;

    /** Free values are used up to this size: {@code tanh(4)} is a partial autocorrelation of 0.9993. */
    static final double MAX_FREE = 4;

    private final ArimaSpec spec;
    private final double[] y;
    private final double[] ar;
    private final double[] ma;
    private final double[] seasonalAr;
    private final double[] seasonalMa;
    private final double mean;
    /** The full AR polynomial on y (differencing included): y[t] = c + Σ a[i] y[t-i] + ... (a[0] unused). */
    private final double[] a;
    /** The full MA polynomial: ... + e[t] + Σ b[j] e[t-j] (b[0] unused). */
    private final double[] b;
    private final double c;
    private final double[] residuals;
    private final int conditioned;
    private final double sigma2;
    private final double logLikelihood;
    private final int used;

    private ArimaFit(ArimaSpec spec, double[] y, double[] coefficients) {
        this.spec = spec;
        this.y = y;
        Coefficients k = Coefficients.of(spec, coefficients);
        this.ar = k.ar;
        this.ma = k.ma;
        this.seasonalAr = k.seasonalAr;
        this.seasonalMa = k.seasonalMa;
        this.mean = k.mean;
        double[] arFull = multiply(lagPolynomial(ar, 1), lagPolynomial(seasonalAr, spec.period()));
        double[] difference = differencePolynomial(spec);
        double[] phiY = multiply(arFull, difference);
        this.a = new double[phiY.length];
        for (int i = 1; i < phiY.length; i++) {
            a[i] = -phiY[i];
        }
        double[] maFull = multiply(lagPolynomial(ma, -1), lagPolynomial(seasonalMa, -spec.period()));
        this.b = maFull;
        double arSum = 0;
        for (double v : arFull) {
            arSum += v;
        }
        this.c = mean * arSum;
        this.conditioned = spec.differencingLoss() + arFull.length - 1;
        this.residuals = residualsOnY();
        double sse = 0;
        int count = 0;
        for (int t = conditioned; t < y.length; t++) {
            sse += residuals[t] * residuals[t];
            count++;
        }
        this.sigma2 = count > 0 ? sse / count : Double.NaN;
        this.used = y.length - spec.differencingLoss();
        this.logLikelihood = -0.5 * used * (Math.log(2 * Math.PI * Math.max(sigma2, 1e-300)) + 1);
    }

    /**
     * Estimates the model on {@code y}; null when the series is too short for it (fewer than
     * {@code coefficients + 2} errors after conditioning) or the estimate does not converge to finite values.
     */
    static ArimaFit estimate(ArimaSpec spec, double[] y, int maxIterations) {
        int loss = spec.differencingLoss();
        int conditioned = loss + spec.p() + spec.period() * spec.seasonalP();
        int errors = y.length - conditioned;
        int k = spec.coefficientCount();
        if (errors < k + 3) {
            return null;
        }
        double[] w = difference(y, spec);
        double[] x0 = new double[k];
        if (spec.constant()) {
            double s = 0;
            for (double v : w) {
                s += v;
            }
            x0[k - 1] = s / w.length;
        }
        if (k == 0) {
            return new ArimaFit(spec, y, x0);
        }
        double[] estimate = minimise(spec, w, x0, maxIterations);
        int arma = k - (spec.constant() ? 1 : 0);
        if (spec.p() > 0 && arma >= 2 && (estimate == null || atBoundary(estimate, arma))) {
            // AR and MA terms cancelling each other near the unit circle is a false optimum the search
            // from zero can run into: start again from a clearly autoregressive point, keep the better.
            double[] other = x0.clone();
            other[0] = 0.5;
            double[] second = minimise(spec, w, other, maxIterations);
            if (second != null && (estimate == null
                    || sumOfSquares(spec, w, second) < sumOfSquares(spec, w, estimate))) {
                estimate = second;
            }
        }
        if (estimate == null) {
            return null;
        }
        for (double v : estimate) {
            if (!Double.isFinite(v)) {
                return null;
            }
        }
        ArimaFit fit = new ArimaFit(spec, y, estimate);
        return Double.isFinite(fit.sigma2) && fit.sigma2 >= 0 ? fit : null;
    }

    /** Levenberg–Marquardt from {@code x0}; null when it finds no finite sum of squares. */
    private static double[] minimise(ArimaSpec spec, double[] w, double[] x0, int maxIterations) {
        int errors = w.length - spec.p() - spec.period() * spec.seasonalP();
        double[] scratch = new double[w.length];
        double unit = scale(w);
        // The best point seen: where the optimiser runs out of iterations (a coefficient heading for the
        // unit circle converges slowly), that is the estimate, and the unit-root check then judges it.
        int k = x0.length;
        double[] best = x0.clone();
        double[] bestSse = {Double.POSITIVE_INFINITY};
        MultivariateJacobianFunction model = point -> {
            double[] x = point.toArray();
            double[] r = cssErrors(spec, w, x, scratch);
            double sse = 0;
            for (double v : r) {
                sse += v * v;
            }
            if (sse < bestSse[0]) {
                bestSse[0] = sse;
                System.arraycopy(x, 0, best, 0, k);
            }
            double[][] jacobian = new double[r.length][k];
            for (int j = 0; j < k; j++) {
                double step = (j == k - 1 && spec.constant() ? unit : 1) * 1e-6 * Math.max(1, Math.abs(x[j]));
                double[] moved = x.clone();
                moved[j] += step;
                double[] rj = cssErrors(spec, w, moved, scratch);
                for (int i = 0; i < r.length; i++) {
                    jacobian[i][j] = (rj[i] - r[i]) / step;
                }
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
        };
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(TOLERANCE).withParameterRelativeTolerance(TOLERANCE).optimize(
                            new LeastSquaresBuilder().start(x0.clone()).model(model).target(new double[errors])
                                    .maxEvaluations(2 * maxIterations).maxIterations(maxIterations).build());
            return optimum.getPoint().toArray();
        } catch (TooManyEvaluationsException | TooManyIterationsException | ConvergenceException notConverged) {
            return Double.isFinite(bestSse[0]) ? best : null;
        }
    }

    private static double sumOfSquares(ArimaSpec spec, double[] w, double[] x) {
        double sse = 0;
        for (double v : cssErrors(spec, w, x, new double[w.length])) {
            sse += v * v;
        }
        return sse;
    }

    /** True when one of the first {@code count} free values (the AR and MA ones) is at {@link #MAX_FREE}. */
    private static boolean atBoundary(double[] x, int count) {
        for (int j = 0; j < count; j++) {
            if (Math.abs(x[j]) >= MAX_FREE - 1e-3) {
                return true;
            }
        }
        return false;
    }

    /** The CSS errors of the differenced series {@code w} for free values {@code x}, after the conditioned ones. */
    private static double[] cssErrors(ArimaSpec spec, double[] w, double[] x, double[] e) {
        Coefficients k = Coefficients.of(spec, x);
        double[] phi = multiply(lagPolynomial(k.ar, 1), lagPolynomial(k.seasonalAr, spec.period()));
        double[] theta = multiply(lagPolynomial(k.ma, -1), lagPolynomial(k.seasonalMa, -spec.period()));
        int[] phiLags = nonZeroLags(phi);
        int[] thetaLags = nonZeroLags(theta);
        int start = phi.length - 1;
        double[] out = new double[w.length - start];
        Arrays.fill(e, 0, Math.min(start, e.length), 0);
        double mean = k.mean;
        for (int s = start; s < w.length; s++) {
            double v = w[s] - mean;
            for (int i : phiLags) {
                v += phi[i] * (w[s - i] - mean);
            }
            for (int j : thetaLags) {
                if (j <= s) {
                    v -= theta[j] * e[s - j];
                }
            }
            e[s] = v;
            out[s - start] = v;
        }
        return out;
    }

    /** The powers above 0 with a non-zero coefficient (seasonal polynomials are mostly zeros). */
    private static int[] nonZeroLags(double[] polynomial) {
        int count = 0;
        for (int i = 1; i < polynomial.length; i++) {
            if (polynomial[i] != 0) {
                count++;
            }
        }
        int[] lags = new int[count];
        int k = 0;
        for (int i = 1; i < polynomial.length; i++) {
            if (polynomial[i] != 0) {
                lags[k++] = i;
            }
        }
        return lags;
    }

    /** The one-step errors on y's time index, 0 before the first one. */
    private double[] residualsOnY() {
        double[] e = new double[y.length];
        for (int t = conditioned; t < y.length; t++) {
            double v = y[t] - c;
            for (int i = 1; i < a.length; i++) {
                v -= a[i] * y[t - i];
            }
            for (int j = 1; j < b.length && j <= t; j++) {
                v -= b[j] * e[t - j];
            }
            e[t] = v;
        }
        return e;
    }

    /** The AR, MA, seasonal AR and MA coefficients and the mean from the free values. */
    private record Coefficients(double[] ar, double[] ma, double[] seasonalAr, double[] seasonalMa, double mean) {

        static Coefficients of(ArimaSpec spec, double[] x) {
            int i = 0;
            double[] ar = partialToCoefficients(x, i, spec.p());
            i += spec.p();
            double[] ma = negate(partialToCoefficients(x, i, spec.q()));
            i += spec.q();
            double[] sar = partialToCoefficients(x, i, spec.seasonalP());
            i += spec.seasonalP();
            double[] sma = negate(partialToCoefficients(x, i, spec.seasonalQ()));
            i += spec.seasonalQ();
            return new Coefficients(ar, ma, sar, sma, spec.constant() ? x[i] : 0);
        }
    }

    /**
     * Coefficients {@code φ} of a stationary {@code 1 - Σ φ[i] B^i} from unconstrained values: their
     * {@code tanh} are the partial autocorrelations, turned into coefficients by Durbin–Levinson (as R's
     * {@code arima} transforms its AR parameters).
     */
    static double[] partialToCoefficients(double[] x, int from, int count) {
        double[] phi = new double[count];
        double[] work = new double[count];
        for (int j = 0; j < count; j++) {
            // Bounded a little inside ±1: beyond, the optimiser would walk to infinity after a unit root.
            phi[j] = Math.tanh(Math.max(-MAX_FREE, Math.min(MAX_FREE, x[from + j])));
            work[j] = phi[j];
        }
        for (int j = 1; j < count; j++) {
            double r = phi[j];
            for (int k = 0; k < j; k++) {
                work[k] -= r * phi[j - k - 1];
            }
            System.arraycopy(work, 0, phi, 0, j);
        }
        return phi;
    }

    private static double[] negate(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = -v[i];
        }
        return v;
    }

    /**
     * The polynomial {@code 1 - Σ coef[i] B^((i+1) lag)} as its coefficients by power (sign -1 gives
     * {@code 1 + Σ ...}, for MA polynomials).
     */
    private static double[] lagPolynomial(double[] coef, int signedLag) {
        int lag = Math.abs(signedLag);
        double sign = signedLag > 0 ? -1 : 1;
        double[] out = new double[coef.length * lag + 1];
        out[0] = 1;
        for (int i = 0; i < coef.length; i++) {
            out[(i + 1) * lag] = sign * coef[i];
        }
        return out;
    }

    private static double[] multiply(double[] u, double[] v) {
        double[] out = new double[u.length + v.length - 1];
        for (int i = 0; i < u.length; i++) {
            if (u[i] == 0) {
                continue;
            }
            for (int j = 0; j < v.length; j++) {
                out[i + j] += u[i] * v[j];
            }
        }
        return out;
    }

    /** {@code (1 - B)^d (1 - B^m)^D}. */
    private static double[] differencePolynomial(ArimaSpec spec) {
        double[] out = {1};
        for (int i = 0; i < spec.d(); i++) {
            out = multiply(out, new double[] {1, -1});
        }
        for (int i = 0; i < spec.seasonalD(); i++) {
            double[] seasonal = new double[spec.period() + 1];
            seasonal[0] = 1;
            seasonal[spec.period()] = -1;
            out = multiply(out, seasonal);
        }
        return out;
    }

    /** The series differenced {@code d} times at lag 1 and {@code D} times at lag m. */
    static double[] difference(double[] y, ArimaSpec spec) {
        double[] w = y.clone();
        for (int i = 0; i < spec.seasonalD(); i++) {
            w = difference(w, spec.period());
        }
        for (int i = 0; i < spec.d(); i++) {
            w = difference(w, 1);
        }
        return w;
    }

    static double[] difference(double[] y, int lag) {
        double[] out = new double[Math.max(0, y.length - lag)];
        for (int t = 0; t < out.length; t++) {
            out[t] = y[t + lag] - y[t];
        }
        return out;
    }

    private static double scale(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.abs(v);
        }
        return w.length == 0 || s == 0 ? 1 : s / w.length;
    }

    public ArimaSpec spec() {
        return spec;
    }

    /** The non-seasonal AR coefficients φ (of {@code 1 - Σ φ[i] B^i}). */
    public double[] ar() {
        return ar.clone();
    }

    /** The non-seasonal MA coefficients θ (of {@code 1 + Σ θ[j] B^j}, R's sign). */
    public double[] ma() {
        return ma.clone();
    }

    public double[] seasonalAr() {
        return seasonalAr.clone();
    }

    public double[] seasonalMa() {
        return seasonalMa.clone();
    }

    /** The mean of the differenced series (R's intercept, or drift after one difference). */
    public double mean() {
        return mean;
    }

    /** The CSS error variance (the sum of squares over the errors it sums). */
    public double sigma2() {
        return sigma2;
    }

    /** R's CSS log-likelihood: {@code -n/2 (log(2π σ²) + 1)} over the differenced series' length. */
    public double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public double aicc() {
        int k = spec.coefficientCount() + 1;
        double aic = -2 * logLikelihood + 2 * k;
        return used - k - 1 > 0 ? aic + 2.0 * k * (k + 1) / (used - k - 1) : Double.POSITIVE_INFINITY;
    }

    @Override
    public String name() {
        return spec.label();
    }

    @Override
    public double[] forecast(int horizon) {
        return forecastFrom(y.length - 1, horizon);
    }

    /** Forecasts of {@code y[t+1 .. t+horizon]} from the values and errors up to {@code t}. */
    private double[] forecastFrom(int t, int horizon) {
        int p = a.length - 1;
        double[] extended = new double[p + horizon];
        for (int i = 0; i < p; i++) {
            extended[i] = y[t - p + 1 + i];
        }
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double v = c;
            for (int i = 1; i <= p; i++) {
                v += a[i] * extended[p + h - i];
            }
            for (int j = h + 1; j < b.length; j++) {
                int s = t + 1 + h - j;
                if (s >= 0) {
                    v += b[j] * residuals[s];
                }
            }
            extended[p + h] = v;
            out[h] = v;
        }
        return out;
    }

    @Override
    public double[] fitted() {
        double[] out = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            out[t] = t < conditioned ? Double.NaN : y[t] - residuals[t];
        }
        return out;
    }

    @Override
    public double[] psi(int horizon) {
        double[] psi = new double[horizon];
        for (int j = 0; j < horizon; j++) {
            double v = j == 0 ? 1 : j < b.length ? b[j] : 0;
            for (int i = 1; i <= Math.min(j, a.length - 1); i++) {
                v += a[i] * psi[j - i];
            }
            psi[j] = v;
        }
        return psi;
    }

    @Override
    public double[][] originForecasts(int horizon, int from) {
        int n = y.length;
        double[][] out = new double[n][];
        for (int t = Math.max(from, conditioned); t < n - 1; t++) {
            out[t] = forecastFrom(t, Math.min(horizon, n - 1 - t));
        }
        return out;
    }

    @Override
    public int estimatedCount() {
        return spec.coefficientCount();
    }
}
