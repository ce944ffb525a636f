package com.merchantanalysis.costs.ledger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounding rules of the answers: yuan to the cent, percentages to two decimals. */
public final class Money {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The average calendar month in days (365.2425 / 12). */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private Money() {
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code numerator / denominator} at full precision, to be rounded by the caller. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, PRECISION);
    }

    /** {@code part} as a percentage of {@code whole} to two decimals, or null when the whole is not positive. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** A rate ({@code part / whole}) in percent to three decimals (0.600 for 0.6%), or null without a whole. */
    public static BigDecimal ratePercent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 3, RoundingMode.HALF_UP);
    }

    /** The relative change from {@code before} to {@code after} in percent, or null from zero. */
    public static BigDecimal changePercent(BigDecimal before, BigDecimal after) {
        if (before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(HUNDRED).divide(before.abs(), 2, RoundingMode.HALF_UP);
    }

    /** An amount over {@code days} days expressed per average month, to the cent. */
    public static BigDecimal perMonth(BigDecimal amount, long days) {
        return cents(amount.multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(days), PRECISION));
    }
}
