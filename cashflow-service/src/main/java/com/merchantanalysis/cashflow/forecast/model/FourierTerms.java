package com.merchantanalysis.cashflow.forecast.model;

import java.time.LocalDate;

/** Sine/cosine pairs of the day of the year: a smooth yearly pattern in a few coefficients. */
public final class FourierTerms {

    private static final double YEAR = 365.25;

    private FourierTerms() {
    }

    /** {@code 2 * pairs} values for {@code date}. */
    public static double[] yearly(LocalDate date, int pairs) {
        double[] out = new double[2 * pairs];
        double angle = 2 * Math.PI * (date.getDayOfYear() - 1) / YEAR;
        for (int k = 1; k <= pairs; k++) {
            out[2 * (k - 1)] = Math.sin(k * angle);
            out[2 * (k - 1) + 1] = Math.cos(k * angle);
        }
        return out;
    }
}
