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
        int k = regressors.count();
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
                row[2 + seasonDummies + j] = regressors.history()[t][j];
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
            adjusted[t] = y[t] - effect(regressors.history()[t], beta, 2 + seasonDummies);
        }
        double[] future = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            future[h] = effect(regressors.future()[h], beta, 2 + seasonDummies);
        }
        return new CalendarAdjustment(adjusted, future);
    }

    private static double effect(double[] x, RealVector beta, int offset) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * beta.getEntry(offset + j);
        }
        return sum;
    }
}
