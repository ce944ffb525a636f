package com.merchantanalysis.cashflow.forecast.model;

/**
 * The orders of a seasonal ARIMA(p,d,q)(P,D,Q)[m] model, and whether it has a constant (the mean of
 * the differenced series: a mean when nothing is differenced, a drift after one difference).
 */
public record ArimaSpec(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period,
        boolean constant) {

    public ArimaSpec {
        if (p < 0 || d < 0 || q < 0 || seasonalP < 0 || seasonalD < 0 || seasonalQ < 0 || period < 1) {
            throw new IllegalArgumentException("orders must not be negative and the period at least 1");
        }
        if (period == 1 && (seasonalP > 0 || seasonalD > 0 || seasonalQ > 0)) {
            throw new IllegalArgumentException("seasonal orders need a period above 1");
        }
    }

    /** A non-seasonal ARIMA(p,d,q). */
    public static ArimaSpec of(int p, int d, int q, boolean constant) {
        return new ArimaSpec(p, d, q, 0, 0, 0, 1, constant);
    }

    /** How many values the differencing takes from the start of the series. */
    int differencingLoss() {
        return d + period * seasonalD;
    }

    /** Coefficients estimated (AR, MA, seasonal AR and MA, the constant), not counting the variance. */
    int coefficientCount() {
        return p + q + seasonalP + seasonalQ + (constant ? 1 : 0);
    }

    /** R's notation, e.g. {@code ARIMA(1,1,1)(0,1,1)[12]} or {@code ARIMA(0,1,1) with drift}. */
    public String label() {
        StringBuilder s = new StringBuilder("ARIMA(").append(p).append(',').append(d).append(',').append(q).append(')');
        if (period > 1 && (seasonalP > 0 || seasonalD > 0 || seasonalQ > 0)) {
            s.append('(').append(seasonalP).append(',').append(seasonalD).append(',').append(seasonalQ).append(")[")
                    .append(period).append(']');
        }
        if (constant) {
            s.append(d + seasonalD == 0 ? " with non-zero mean" : " with drift");
        }
        return s.toString();
    }
}
