package com.merchantanalysis.cashflow.forecast.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The parameter space R's {@code ets} searches with {@code bounds = "both"}: the usual region
 * ({@code 1e-4 < alpha < 0.9999}, {@code beta < alpha}, {@code gamma < 1 - alpha},
 * {@code 0.8 < phi < 0.98}) intersected with the admissible region, where the model forgets its past
 * (Hyndman et al. 2008, ch. 10: every root of the characteristic polynomial inside the unit circle).
 */
final class EtsBounds {

    static final double LOWER = 1e-4;
    static final double UPPER = 0.9999;
    static final double PHI_LOWER = 0.8;
    static final double PHI_UPPER = 0.98;

    private EtsBounds() {
    }

    static boolean allowed(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi) {
        if (alpha < LOWER || alpha > UPPER) {
            return false;
        }
        if (spec.hasTrend() && (beta < LOWER || beta > alpha || beta > UPPER)) {
            return false;
        }
        if (spec.damped() && (phi < PHI_LOWER || phi > PHI_UPPER)) {
            return false;
        }
        if (spec.hasSeason() && (gamma < LOWER || gamma > 1 - alpha || gamma > UPPER)) {
            return false;
        }
        return admissible(spec, m, alpha, beta, gamma, phi);
    }

    /** The admissible region of the additive-error form, as R's {@code admissible()}. */
    static boolean admissible(EtsSpec spec, int m, double alpha, double betaIn, double gammaIn, double phiIn) {
        if (!Double.isFinite(alpha + betaIn + gammaIn + phiIn)) {
            return false;
        }
        double phi = spec.damped() ? phiIn : 1;
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!spec.hasSeason() || m <= 1) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return !spec.hasTrend() || (betaIn >= alpha * (phi - 1) && betaIn <= (1 + phi) * (2 - alpha));
        }
        double beta = spec.hasTrend() ? betaIn : 0;
        double gamma = gammaIn;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (beta < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        // Characteristic polynomial, coefficients in increasing powers.
        double[] poly = new double[m + 2];
        poly[0] = phi * (1 - alpha - gamma);
        poly[1] = alpha + beta - alpha * phi + gamma - 1;
        for (int i = 2; i < m; i++) {
            poly[i] = alpha + beta - alpha * phi;
        }
        poly[m] = alpha + beta - phi;
        poly[m + 1] = 1;
        return largestRootModulus(poly) <= 1 + 1e-10;
    }

    /** The largest root modulus of a monic polynomial, as the spectral radius of its companion matrix. */
    private static double largestRootModulus(double[] poly) {
        int degree = poly.length - 1;
        Array2DRowRealMatrix companion = new Array2DRowRealMatrix(degree, degree);
        for (int i = 0; i < degree; i++) {
            companion.setEntry(i, degree - 1, -poly[i] / poly[degree]);
            if (i > 0) {
                companion.setEntry(i, i - 1, 1);
            }
        }
        try {
            EigenDecomposition eigen = new EigenDecomposition(companion);
            double[] re = eigen.getRealEigenvalues();
            double[] im = eigen.getImagEigenvalues();
            double max = 0;
            for (int i = 0; i < degree; i++) {
                max = Math.max(max, Math.hypot(re[i], im[i]));
            }
            return max;
        } catch (RuntimeException notConverged) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
