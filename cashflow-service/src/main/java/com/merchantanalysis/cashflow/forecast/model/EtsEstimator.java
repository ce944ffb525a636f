package com.merchantanalysis.cashflow.forecast.model;

import com.merchantanalysis.cashflow.forecast.model.EtsSpec.Component;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood estimation of one ETS model with Nelder–Mead (as R does), within
 * {@link EtsBounds}. Short series have their initial states estimated too; long ones start from
 * a classical decomposition of their first seasons (their effect is forgotten long before the end
 * of the series) so that fitting stays fast.
 */
final class EtsEstimator {

    private final EtsSpec spec;
    private final int m;
    private final EtsFilter filter;
    private final boolean estimateStates;
    private final int maxEvaluations;

    EtsEstimator(EtsSpec spec, int period, boolean estimateStates, int maxEvaluations) {
        this.spec = spec;
        this.m = spec.hasSeason() ? period : 1;
        this.filter = new EtsFilter(spec, period);
        this.estimateStates = estimateStates;
        this.maxEvaluations = maxEvaluations;
    }

    /** The fitted model, or null if no admissible parameters give a finite likelihood. */
    EtsFit fit(double[] y) {
        EtsParameters start = startingPoint(y);
        double[] x0 = encode(start);
        Best best = optimise(y, start, x0, false);
        if (best.value >= EtsFilter.INVALID) {
            return null;
        }
        EtsParameters p = decode(best.point, start);
        if (!EtsBounds.admissible(spec, m, p.alpha(), p.beta(), p.gamma(), p.phi())) {
            // The usual region's optimum is not admissible: search the intersection instead.
            best = optimise(y, start, x0, true);
            if (best.value >= EtsFilter.INVALID) {
                return null;
            }
            p = decode(best.point, start);
        }
        EtsFilter.Pass pass = filter.run(p, y, true);
        int parameters = smoothingCount() + stateCount() + 1;
        return new EtsFit(spec, filter, p, pass, y, parameters);
    }

    private Best optimise(double[] y, EtsParameters start, double[] x0, boolean checkAdmissible) {
        Best best = new Best(x0);
        MultivariateFunction objective = x -> {
            double value = objective(y, x, start, checkAdmissible);
            if (value < best.value) {
                best.value = value;
                best.point = x.clone();
            }
            return value;
        };
        double[] steps = steps(x0);
        // Restart around the best point until it stops improving: Nelder–Mead often stalls early.
        int rounds = estimateStates ? 6 : 2;
        for (int round = 0; round < rounds; round++) {
            double before = best.value;
            try {
                new SimplexOptimizer(new SimpleValueChecker(1e-10, 1e-10)).optimize(
                        new MaxEval(maxEvaluations), new ObjectiveFunction(objective), GoalType.MINIMIZE,
                        new InitialGuess(best.point.clone()), new NelderMeadSimplex(steps));
            } catch (TooManyEvaluationsException enough) {
                // keep the best point seen so far
            }
            if (round > 0 && before - best.value < 1e-6) {
                break;
            }
            for (int i = 0; i < steps.length; i++) {
                steps[i] *= round % 2 == 0 ? 0.2 : 5; // alternate a close and a wide look
            }
        }
        if (estimateStates) {
            // A second start with faster smoothing: short series often have two likelihood basins.
            double[] other = x0.clone();
            other[0] = Math.min(0.5, EtsBounds.UPPER);
            int i = 1;
            if (spec.hasTrend()) {
                other[i++] = 0.05;
            }
            if (spec.hasSeason()) {
                other[i] = Math.min(other[i], 0.2);
            }
            Best second = new Best(other);
            if (objective(y, other, start, checkAdmissible) < EtsFilter.INVALID) {
                MultivariateFunction f2 = x -> {
                    double value = objective(y, x, start, checkAdmissible);
                    if (value < second.value) {
                        second.value = value;
                        second.point = x.clone();
                    }
                    return value;
                };
                double[] s2 = steps(other);
                for (int round = 0; round < 4; round++) {
                    try {
                        new SimplexOptimizer(new SimpleValueChecker(1e-10, 1e-10)).optimize(
                                new MaxEval(maxEvaluations), new ObjectiveFunction(f2), GoalType.MINIMIZE,
                                new InitialGuess(second.point.clone()), new NelderMeadSimplex(s2));
                    } catch (TooManyEvaluationsException enough) {
                        // keep the best point seen so far
                    }
                    for (int j = 0; j < s2.length; j++) {
                        s2[j] *= 0.3;
                    }
                }
                if (second.value < best.value) {
                    return second;
                }
            }
        }
        return best;
    }

    private double objective(double[] y, double[] x, EtsParameters start, boolean checkAdmissible) {
        EtsParameters p = decode(x, start);
        if (!withinUsualBounds(p) || (checkAdmissible
                && !EtsBounds.admissible(spec, m, p.alpha(), p.beta(), p.gamma(), p.phi()))) {
            return EtsFilter.INVALID;
        }
        if (!statesValid(p)) {
            return EtsFilter.INVALID;
        }
        return filter.run(p, y, false).lik();
    }

    private boolean withinUsualBounds(EtsParameters p) {
        if (p.alpha() < EtsBounds.LOWER || p.alpha() > EtsBounds.UPPER) {
            return false;
        }
        if (spec.hasTrend() && (p.beta() < EtsBounds.LOWER || p.beta() > p.alpha())) {
            return false;
        }
        if (spec.damped() && (p.phi() < EtsBounds.PHI_LOWER || p.phi() > EtsBounds.PHI_UPPER)) {
            return false;
        }
        return !spec.hasSeason() || (p.gamma() >= EtsBounds.LOWER && p.gamma() <= 1 - p.alpha());
    }

    private boolean statesValid(EtsParameters p) {
        if (spec.needsPositiveData() && !(p.level() > 0)) {
            return false;
        }
        if (spec.trend() == Component.MULTIPLICATIVE && !(p.trend() > 0)) {
            return false;
        }
        if (spec.season() == Component.MULTIPLICATIVE) {
            for (double s : p.seasons()) {
                if (!(s > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int smoothingCount() {
        return 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? 1 : 0) + (spec.damped() ? 1 : 0);
    }

    private int stateCount() {
        return 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? m - 1 : 0);
    }

    /** alpha, beta, gamma, phi as present; then level, trend and m−1 seasons when states are estimated. */
    private double[] encode(EtsParameters p) {
        double[] x = new double[smoothingCount() + (estimateStates ? stateCount() : 0)];
        int i = 0;
        x[i++] = p.alpha();
        if (spec.hasTrend()) {
            x[i++] = p.beta();
        }
        if (spec.hasSeason()) {
            x[i++] = p.gamma();
        }
        if (spec.damped()) {
            x[i++] = p.phi();
        }
        if (estimateStates) {
            x[i++] = p.level();
            if (spec.hasTrend()) {
                x[i++] = p.trend();
            }
            if (spec.hasSeason()) {
                for (int j = 0; j < m - 1; j++) {
                    x[i++] = p.seasons()[j];
                }
            }
        }
        return x;
    }

    private EtsParameters decode(double[] x, EtsParameters start) {
        int i = 0;
        double alpha = x[i++];
        double beta = spec.hasTrend() ? x[i++] : 0;
        double gamma = spec.hasSeason() ? x[i++] : 0;
        double phi = spec.damped() ? x[i++] : 1;
        if (!estimateStates) {
            return new EtsParameters(alpha, beta, gamma, phi, start.level(), start.trend(), start.seasons());
        }
        double level = x[i++];
        double trend = spec.hasTrend() ? x[i++] : start.trend();
        double[] seasons = start.seasons();
        if (spec.hasSeason()) {
            seasons = new double[m];
            double sum = 0;
            for (int j = 0; j < m - 1; j++) {
                seasons[j] = x[i++];
                sum += seasons[j];
            }
            // R's normalisation: the last seasonal state makes the seasons sum to 0 (or to m).
            seasons[m - 1] = (spec.season() == Component.MULTIPLICATIVE ? m : 0) - sum;
        }
        return new EtsParameters(alpha, beta, gamma, phi, level, trend, seasons);
    }

    private double[] steps(double[] x0) {
        double[] steps = new double[x0.length];
        int smoothing = smoothingCount();
        for (int i = 0; i < x0.length; i++) {
            steps[i] = i < smoothing ? 0.05 : Math.max(0.1 * Math.abs(x0[i]), 1e-3);
        }
        return steps;
    }

    /** R's starting values for the smoothing parameters; states from a classical decomposition. */
    EtsParameters startingPoint(double[] y) {
        boolean multiplicativeSeason = spec.season() == Component.MULTIPLICATIVE;
        double[] index = spec.hasSeason()
                ? SeasonalIndices.classical(y, Math.min(y.length, 4 * m), m, multiplicativeSeason)
                : new double[0];
        double[] seasons = new double[index.length];
        for (int k = 0; k < index.length; k++) {
            seasons[m - 1 - k] = index[k];
        }
        int k = Math.min(y.length, Math.max(10, 2 * m));
        double[] adjusted = new double[k];
        for (int t = 0; t < k; t++) {
            double s = spec.hasSeason() ? index[t % m] : (multiplicativeSeason ? 1 : 0);
            adjusted[t] = multiplicativeSeason ? y[t] / s : y[t] - s;
        }
        double level;
        double trend = 0;
        if (spec.hasTrend()) {
            LeastSquaresLine line = LeastSquaresLine.fit(adjusted);
            level = line.intercept();
            trend = line.slope();
            if (spec.trend() == Component.MULTIPLICATIVE) {
                trend = level > 0 ? Math.max(1 + trend / level, 1e-3) : 1;
            }
        } else {
            double s = 0;
            for (double v : adjusted) {
                s += v;
            }
            level = s / k;
        }
        double alpha = EtsBounds.LOWER + 0.2 * (EtsBounds.UPPER - EtsBounds.LOWER) / m;
        double beta = spec.hasTrend() ? EtsBounds.LOWER + 0.1 * (alpha - EtsBounds.LOWER) : 0;
        double gamma = spec.hasSeason() ? EtsBounds.LOWER + 0.05 * (1 - alpha - EtsBounds.LOWER) : 0;
        double phi = spec.damped() ? EtsBounds.PHI_LOWER + 0.99 * (EtsBounds.PHI_UPPER - EtsBounds.PHI_LOWER) : 1;
        return new EtsParameters(alpha, beta, gamma, phi, level, trend, seasons);
    }

    private static final class Best {
        double value = Double.MAX_VALUE;
        double[] point;

        Best(double[] start) {
            this.point = start.clone();
        }
    }
}
