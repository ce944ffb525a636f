package com.merchantanalysis.cashflow.forecast.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Estimates the effect of the regressors by (lightly ridged) least squares next to a level, a linear
 * trend and season-position dummies, and takes it out of the series, so that the smoothing models see
 * a series without holidays and yearly swings; the effect is added back to their forecasts.
 *
 * <p>An event (a 0/1 column) is estimated only once the history has seen one of its occurrences end,
 * with a season of ordinary days after it. Seen only at the end of the history (under way at the origin,
 * or just over), its effect cannot be told from a change of level: a merchant whose costs have been
 * rising for weeks would have the rise put down to Double 11, and its forecast would fall back once
 * the festival is over.
 */
final class CalendarAdjustment {

    /** Shrinks the coefficients of rarely seen effects a little, so that one odd day does not make a rule. */
    private static final double RIDGE = 1.0;

    private final double[] adjusted;
    private final double[] futureEffect;

    private CalendarAdjustment(double[] adjusted, double[] futureEffect) {
        this.adjusted = adjusted;
        this.futureEffect = futureEffect;
    }

    double[] adjusted() {
        return adjusted;
    }

    double[] futureEffect() {
        return futureEffect;
    }

    static CalendarAdjustment none(double[] y, int horizon) {
        return new CalendarAdjustment(y.clone(), new double[horizon]);
    }

    static CalendarAdjustment fit(double[] y, int period, Regressors regressors, int horizon) {
        int n = y.length;
        int[] columns = estimable(regressors.history(), regressors.count(), n, Math.max(1, period));
        int k = columns.length;
        int seasonDummies = period > 1 && n >= 2 * period ? period - 1 : 0;
        int p = 2 + seasonDummies + k;
        if (k == 0 || n <= p + 2) {
            return none(y, horizon);
        }
        RealMatrix xtx = new Array2DRowRealMatrix(p, p);
        RealVector xty = new ArrayRealVector(p);
        double[] row = new double[p];
        for (int t = 0; t < n; t++) {
            row[0] = 1;
            row[1] = (double) t / n;
            for (int d = 0; d < seasonDummies; d++) {
                row[2 + d] = t % period == d + 1 ? 1 : 0;
            }
            for (int j = 0; j < k; j++) {
                row[2 + seasonDummies + j] = regressors.history()[t][columns[j]];
            }
            for (int a = 0; a < p; a++) {
                if (row[a] == 0) {
                    continue;
                }
                xty.addToEntry(a, row[a] * y[t]);
                for (int b = 0; b < p; b++) {
                    xtx.addToEntry(a, b, row[a] * row[b]);
                }
            }
        }
        for (int j = 0; j < k; j++) {
            int a = 2 + seasonDummies + j;
            xtx.addToEntry(a, a, RIDGE);
        }
        RealVector beta;
        try {
            beta = new LUDecomposition(xtx).getSolver().solve(xty);
        } catch (SingularMatrixException singular) {
            return none(y, horizon);
        }
        double[] adjusted = new double[n];
        for (int t = 0; t < n; t++) {
            adjusted[t] = y[t] - effect(regressors.history()[t], columns, beta, 2 + seasonDummies);
        }
        double[] future = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            future[h] = effect(regressors.future()[h], columns, beta, 2 + seasonDummies);
        }
        return new CalendarAdjustment(adjusted, future);
    }

    /** The columns to estimate: every smooth one, and each event the history has seen end (see above). */
    static int[] estimable(double[][] history, int count, int n, int period) {
        return java.util.stream.IntStream.range(0, count)
                .filter(j -> !isEvent(history, j, n) || seenToEnd(history, j, n, period)).toArray();
    }

    private static boolean isEvent(double[][] history, int j, int n) {
        for (int t = 0; t < n; t++) {
            double x = history[t][j];
            if (x != 0 && x != 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether some day of the event is followed, inside the history, by {@code period} days without it. */
    private static boolean seenToEnd(double[][] history, int j, int n, int period) {
        int quiet = 0;
        for (int t = n - 1; t >= 0; t--) {
            if (history[t][j] != 0) {
                if (quiet >= period) {
                    return true;
                }
                quiet = 0;
            } else {
                quiet++;
            }
        }
        return false;
    }

    private static double effect(double[] x, int[] columns, RealVector beta, int offset) {
        double sum = 0;
        for (int j = 0; j < columns.length; j++) {
            sum += x[columns[j]] * beta.getEntry(offset + j);
        }
        return sum;
    }
}
