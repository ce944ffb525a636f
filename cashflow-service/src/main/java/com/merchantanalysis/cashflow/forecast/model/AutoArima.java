package com.merchantanalysis.cashflow.forecast.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Hyndman and Khandakar's (2008) stepwise ARIMA order search, as R's {@code forecast::auto.arima}
 * does it by default: the seasonal difference from the seasonal strength and the first differences
 * from KPSS tests ({@link Differencing}); then, from four starting models, the neighbours of the best
 * model so far (p, q, P, Q one up or down, alone or together, the constant on or off) until none has a
 * lower AICc. Orders up to p, q ≤ 5, P, Q ≤ 2, p + q + P + Q ≤ 5; a constant only with at most one
 * difference; models with an AR or MA root within 1.01 of the unit circle are not chosen. Every model is
 * estimated by conditional sum of squares ({@link ArimaFit}), R's own approximation in the search.
 */
public final class AutoArima implements ForecastModel {

    static final int MAX_P = 5;
    static final int MAX_Q = 5;
    static final int MAX_SEASONAL_P = 2;
    static final int MAX_SEASONAL_Q = 2;
    static final int MAX_ORDER = 5;
    /** At most this many models are estimated per search (R stops at 94). */
    static final int MAX_MODELS = 94;

    private final int maxIterations;
    private final int maxModels;

    public AutoArima(int maxIterations, int maxModels) {
        this.maxIterations = maxIterations;
        this.maxModels = maxModels;
    }

    public static AutoArima standard() {
        return new AutoArima(40, MAX_MODELS);
    }

    @Override
    public String name() {
        return "ARIMA";
    }

    @Override
    public ArimaFit fit(double[] y, int period) {
        int m = Math.max(1, period);
        boolean seasonal = m > 1 && y.length >= 2 * m + 1;
        int seasonalD = seasonal ? Differencing.seasonalDifferences(y, m) : 0;
        double[] x = seasonalD > 0 ? ArimaFit.difference(y, m) : y;
        int d = Differencing.firstDifferences(x, 2 - seasonalD);
        return search(y, seasonal ? m : 1, d, seasonalD);
    }

    /** The stepwise search with the differences given. */
    ArimaFit search(double[] y, int m, int d, int seasonalD) {
        boolean seasonal = m > 1;
        boolean constantAllowed = d + seasonalD <= 1;
        Map<ArimaSpec, ArimaFit> tried = new HashMap<>();
        Search state = new Search();
        List<ArimaSpec> starts = new ArrayList<>();
        starts.add(spec(2, d, 2, seasonal ? 1 : 0, seasonalD, seasonal ? 1 : 0, m, constantAllowed));
        starts.add(spec(0, d, 0, 0, seasonalD, 0, m, constantAllowed));
        starts.add(spec(1, d, 0, seasonal ? 1 : 0, seasonalD, 0, m, constantAllowed));
        starts.add(spec(0, d, 1, 0, seasonalD, seasonal ? 1 : 0, m, constantAllowed));
        if (constantAllowed) {
            starts.add(spec(0, d, 0, 0, seasonalD, 0, m, false));
        }
        for (ArimaSpec s : starts) {
            consider(s, y, tried, state);
        }
        boolean improved = state.best != null;
        while (improved && tried.size() < maxModels) {
            improved = false;
            ArimaSpec b = state.best.spec();
            List<ArimaSpec> neighbours = new ArrayList<>();
            int[][] moves = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, 1}, {-1, 1}, {1, -1}};
            if (seasonal) {
                for (int[] move : moves) {
                    neighbours.add(spec(b.p(), d, b.q(), b.seasonalP() + move[0], seasonalD, b.seasonalQ() + move[1], m,
                            b.constant()));
                }
            }
            for (int[] move : moves) {
                neighbours.add(spec(b.p() + move[0], d, b.q() + move[1], b.seasonalP(), seasonalD, b.seasonalQ(), m,
                        b.constant()));
            }
            if (constantAllowed) {
                neighbours.add(spec(b.p(), d, b.q(), b.seasonalP(), seasonalD, b.seasonalQ(), m, !b.constant()));
            }
            for (ArimaSpec s : neighbours) {
                if (s != null && !tried.containsKey(s) && tried.size() < maxModels && consider(s, y, tried, state)) {
                    improved = true;
                    break; // R moves to the first neighbour that improves and looks around it
                }
            }
        }
        if (state.best == null) {
            ArimaSpec fallback = spec(0, Math.min(d, 1), 0, 0, 0, 0, 1, false);
            ArimaFit fit = ArimaFit.estimate(fallback, y, maxIterations);
            if (fit == null) {
                throw new IllegalStateException("No ARIMA model could be fitted");
            }
            return fit;
        }
        return state.best;
    }

    private static final class Search {
        ArimaFit best;
    }

    /** Estimates the model; true when it is admissible and has the lowest AICc so far. */
    private boolean consider(ArimaSpec s, double[] y, Map<ArimaSpec, ArimaFit> tried, Search state) {
        if (s == null || tried.containsKey(s)) {
            return false;
        }
        ArimaFit fit = ArimaFit.estimate(s, y, maxIterations);
        tried.put(s, fit);
        if (fit == null || !Double.isFinite(fit.aicc()) || nearUnitRoot(fit)) {
            return false;
        }
        if (state.best == null || fit.aicc() < state.best.aicc() - 1e-9) {
            state.best = fit;
            return true;
        }
        return false;
    }

    /** The spec, or null when its orders are outside the search's limits. */
    private static ArimaSpec spec(int p, int d, int q, int sp, int sd, int sq, int m, boolean constant) {
        if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > MAX_P || q > MAX_Q || sp > MAX_SEASONAL_P || sq > MAX_SEASONAL_Q
                || p + q + sp + sq > MAX_ORDER) {
            return null;
        }
        if (m == 1 && (sp > 0 || sq > 0 || sd > 0)) {
            return null;
        }
        return new ArimaSpec(p, d, q, sp, sd, sq, m, constant);
    }

    /**
     * True when an AR or MA polynomial, seasonal part multiplied in, has a root within 1.01 of the unit
     * circle (R's test). A root {@code u} of the seasonal polynomial in {@code B^m} is a root of modulus
     * {@code |u|^(1/m)} in {@code B}.
     */
    static boolean nearUnitRoot(ArimaFit fit) {
        double m = fit.spec().period();
        double smallest = Math.min(smallestRoot(polynomial(fit.ar(), -1)), smallestRoot(polynomial(fit.ma(), 1)));
        double seasonal = Math.min(smallestRoot(polynomial(fit.seasonalAr(), -1)),
                smallestRoot(polynomial(fit.seasonalMa(), 1)));
        return Math.min(smallest, Math.pow(seasonal, 1 / m)) < 1.01;
    }

    /** {@code 1 + sign Σ c[i] z^(i+1)} by increasing power. */
    private static double[] polynomial(double[] c, int sign) {
        double[] u = new double[c.length + 1];
        u[0] = 1;
        for (int i = 0; i < c.length; i++) {
            u[i + 1] = sign * c[i];
        }
        return u;
    }

    /** The smallest root modulus of a polynomial given by increasing power (infinity for a constant). */
    static double smallestRoot(double[] coefficients) {
        int degree = coefficients.length - 1;
        while (degree > 0 && Math.abs(coefficients[degree]) < 1e-12) {
            degree--;
        }
        if (degree == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] trimmed = java.util.Arrays.copyOf(coefficients, degree + 1);
        try {
            Complex[] roots = new LaguerreSolver(1e-10).solveAllComplex(trimmed, 0.0, 10_000);
            double smallest = Double.POSITIVE_INFINITY;
            for (Complex r : roots) {
                smallest = Math.min(smallest, r.abs());
            }
            return smallest;
        } catch (MathIllegalStateException notConverged) {
            return 0; // treated as a root on the circle: the model is not chosen
        }
    }
}
