package com.merchantanalysis.cashflow.forecast.model;

import com.merchantanalysis.cashflow.forecast.model.EtsSpec.Component;

/**
 * The ETS recursions (Hyndman, Koehler, Ord and Snyder 2008, ch. 2), written to give the same states,
 * fitted values and likelihood as R's {@code forecast::ets} for the same parameters.
 */
final class EtsFilter {

    /** What the optimiser sees for an impossible model (instead of infinity, which confuses its stopping rule). */
    static final double INVALID = 1e12;

    private final EtsSpec spec;
    private final int m;

    EtsFilter(EtsSpec spec, int period) {
        this.spec = spec;
        this.m = spec.hasSeason() ? period : 1;
    }

    int period() {
        return m;
    }

    /** The end state after a pass over {@code y}; {@code seasons[0]} is the most recent seasonal state. */
    record State(double level, double trend, double[] seasons) {
    }

    /** The outcome of a pass: R's {@code lik} (−2 log-likelihood up to a constant), fitted values, final state. */
    record Pass(double lik, double sse, double[] fitted, State end) {
    }

    /**
     * Runs the filter. {@code lik} is {@code n log(SSE) + 2 Σ log|ŷ|} (the last term only with
     * multiplicative error), as in R; {@link #INVALID} when the states blow up.
     */
    Pass run(EtsParameters p, double[] y, boolean keepFitted) {
        double l = p.level();
        double b = p.trend();
        double[] s = spec.hasSeason() ? p.seasons().clone() : new double[0];
        double[] fitted = keepFitted ? new double[y.length] : null;
        double sse = 0;
        double logF = 0;
        boolean additiveError = spec.error() == Component.ADDITIVE;
        for (int t = 0; t < y.length; t++) {
            double bPhi = dampedTrend(b, p.phi());
            double q = levelPlusTrend(l, bPhi);
            double seasonal = spec.hasSeason() ? s[m - 1] : 0;
            double f = withSeason(q, seasonal);
            if (keepFitted) {
                fitted[t] = f;
            }
            double e;
            if (additiveError) {
                e = y[t] - f;
            } else {
                if (Math.abs(f) < 1e-10) {
                    return invalid();
                }
                e = (y[t] - f) / f;
                logF += Math.log(Math.abs(f));
            }
            sse += e * e;
            double[] next = advance(p, y[t], l, b, s);
            l = next[0];
            b = next[1];
            if (!Double.isFinite(l) || !Double.isFinite(b)) {
                return invalid();
            }
        }
        if (!(sse > 0) || !Double.isFinite(sse)) {
            // A perfect fit has no likelihood; treat it as a tiny error so that models stay comparable.
            sse = Math.max(sse, 1e-12);
            if (!Double.isFinite(sse)) {
                return invalid();
            }
        }
        double lik = y.length * Math.log(sse) + 2 * logF;
        return new Pass(lik, sse, fitted, new State(l, b, s));
    }

    /**
     * The ETS update equations: level and trend after observing {@code y}, as {@code {level, trend}};
     * the seasonal states {@code s} are moved on in place.
     */
    private double[] advance(EtsParameters p, double y, double l, double b, double[] s) {
        double bPhi = dampedTrend(b, p.phi());
        double q = levelPlusTrend(l, bPhi);
        double seasonal = spec.hasSeason() ? s[m - 1] : 0;
        double deseasonalised = switch (spec.season()) {
            case NONE -> y;
            case ADDITIVE -> y - seasonal;
            case MULTIPLICATIVE -> y / seasonal;
        };
        double newLevel = q + p.alpha() * (deseasonalised - q);
        double newTrend = b;
        if (spec.trend() == Component.ADDITIVE) {
            newTrend = bPhi + p.beta() / p.alpha() * (newLevel - l - bPhi);
        } else if (spec.trend() == Component.MULTIPLICATIVE) {
            newTrend = bPhi + p.beta() / p.alpha() * (newLevel / l - bPhi);
        }
        if (spec.hasSeason()) {
            double target = spec.season() == Component.ADDITIVE ? y - q : y / q;
            double newSeason = seasonal + p.gamma() * (target - seasonal);
            System.arraycopy(s, 0, s, 1, m - 1);
            s[0] = newSeason;
        }
        return new double[] { newLevel, newTrend };
    }

    /**
     * Forecasts made from every origin with these parameters: {@code out[t][h]} forecasts
     * {@code y[t + 1 + h]} from the states after {@code y[t]}, for every step that has an actual value
     * ({@code h < n - 1 - t}); rows before {@code from} are null.
     */
    double[][] originForecasts(EtsParameters p, double[] y, int horizon, int from) {
        int n = y.length;
        double[][] out = new double[n][];
        double l = p.level();
        double b = p.trend();
        double[] s = spec.hasSeason() ? p.seasons().clone() : new double[0];
        for (int t = 0; t < n - 1; t++) {
            double[] next = advance(p, y[t], l, b, s);
            l = next[0];
            b = next[1];
            if (t < from) {
                continue;
            }
            int steps = Math.min(horizon, n - 1 - t);
            double[] row = new double[steps];
            double phiStar = p.phi();
            for (int i = 0; i < steps; i++) {
                double f = switch (spec.trend()) {
                    case NONE -> l;
                    case ADDITIVE -> l + phiStar * b;
                    case MULTIPLICATIVE -> l * Math.pow(b, phiStar);
                };
                if (spec.hasSeason()) {
                    f = withSeason(f, s[Math.floorMod(m - 1 - i, m)]);
                }
                row[i] = f;
                phiStar += spec.damped() ? Math.pow(p.phi(), i + 2) : 1;
            }
            out[t] = row;
        }
        return out;
    }

    /** Point forecasts from {@code state}, R's {@code forecast()} in etscalc. */
    double[] forecast(State state, double phi, int horizon) {
        double[] out = new double[horizon];
        double phiStar = phi;
        for (int i = 0; i < horizon; i++) {
            double f = switch (spec.trend()) {
                case NONE -> state.level();
                case ADDITIVE -> state.level() + phiStar * state.trend();
                case MULTIPLICATIVE -> state.level() * Math.pow(state.trend(), phiStar);
            };
            if (spec.hasSeason()) {
                int j = Math.floorMod(m - 1 - i, m);
                f = withSeason(f, state.seasons()[j]);
            }
            out[i] = f;
            phiStar += spec.damped() ? Math.pow(phi, i + 2) : 1;
        }
        return out;
    }

    /**
     * Innovation weights of the additive-error form (Hyndman et al. 2008, table 6.1):
     * {@code c_j = alpha + beta * phi_j + gamma * [j mod m = 0]}; used as a linear approximation for
     * the multiplicative members.
     */
    double[] psi(EtsParameters p, int horizon) {
        double[] psi = new double[horizon];
        if (horizon == 0) {
            return psi;
        }
        psi[0] = 1;
        double phiJ = 0;
        for (int j = 1; j < horizon; j++) {
            phiJ += spec.damped() ? Math.pow(p.phi(), j) : 1;
            double c = p.alpha();
            if (spec.hasTrend()) {
                c += p.beta() * phiJ;
            }
            if (spec.hasSeason() && j % m == 0) {
                c += p.gamma();
            }
            psi[j] = c;
        }
        return psi;
    }

    private double dampedTrend(double b, double phi) {
        return switch (spec.trend()) {
            case NONE -> 0;
            case ADDITIVE -> phi * b;
            case MULTIPLICATIVE -> Math.pow(b, phi);
        };
    }

    private double levelPlusTrend(double l, double bPhi) {
        return switch (spec.trend()) {
            case NONE -> l;
            case ADDITIVE -> l + bPhi;
            case MULTIPLICATIVE -> l * bPhi;
        };
    }

    private double withSeason(double q, double seasonal) {
        return switch (spec.season()) {
            case NONE -> q;
            case ADDITIVE -> q + seasonal;
            case MULTIPLICATIVE -> q * seasonal;
        };
    }

    private static Pass invalid() {
        return new Pass(INVALID, Double.NaN, null, null);
    }
}
