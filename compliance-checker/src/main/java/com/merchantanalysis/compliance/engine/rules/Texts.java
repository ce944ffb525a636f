package com.merchantanalysis.compliance.engine.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Formatting for finding details: amounts as 50,000.00, ratios as percentages. */
final class Texts {

    private Texts() {
    }

    static String yuan(long cents) {
        return yuan(BigDecimal.valueOf(cents, 2));
    }

    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
    }

    static long cents(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /** The end of a hashed card id, enough for the merchant to tell cards apart without exposing it. */
    static String cardTail(String id) {
        return "…" + (id.length() <= 4 ? id : id.substring(id.length() - 4));
    }
}
