package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rounding and naming shared by the responses: money to cents, ratios to four decimals. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    static Double ratio(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue() : null;
    }

    /** A forecast of a user's series (any unit): six decimals, null if not finite. */
    static Double value(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).doubleValue() : null;
    }

    /** A level as a JSON key: {@code 80}, {@code 97.5}. */
    static String level(double level) {
        return BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
    }

    static <V> Map<String, V> byLevel(double[] levels, java.util.function.DoubleFunction<V> value) {
        Map<String, V> out = new LinkedHashMap<>();
        for (double level : levels) {
            out.put(level(level), value.apply(level));
        }
        return out;
    }

    static List<Double> levels(double[] levels) {
        return java.util.Arrays.stream(levels).boxed().toList();
    }
}
