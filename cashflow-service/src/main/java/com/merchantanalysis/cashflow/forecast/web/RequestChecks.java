package com.merchantanalysis.cashflow.forecast.web;

import java.util.Arrays;

import com.merchantanalysis.common.period.ForecastHorizon;
import com.merchantanalysis.common.web.InvalidFieldException;

/** Checks of request parameters that name the field they reject. */
final class RequestChecks {

    static final int MAX_HORIZON = ForecastHorizon.MAX_DAYS;
    static final double[] DEFAULT_LEVELS = {80, 95};

    private RequestChecks() {
    }

    static int horizon(Integer horizon, int defaultValue, String field) {
        int h = horizon == null ? defaultValue : horizon;
        if (h < 1 || h > MAX_HORIZON) {
            throw new InvalidFieldException(field, "must be between 1 and " + MAX_HORIZON + " days");
        }
        return h;
    }

    /** {@code "80,95"}: each a coverage in percent strictly between 0 and 100; sorted, without repeats. */
    static double[] levels(String levels) {
        if (levels == null || levels.isBlank()) {
            return DEFAULT_LEVELS.clone();
        }
        String[] parts = levels.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidFieldException("levels", "'" + parts[i].trim() + "' is not a number");
            }
        }
        return checked(out, "levels");
    }

    static double[] checked(double[] levels, String field) {
        if (levels.length == 0 || levels.length > 10) {
            throw new InvalidFieldException(field, "must list between 1 and 10 levels");
        }
        for (int i = 0; i < levels.length; i++) {
            if (!(levels[i] > 0 && levels[i] < 100)) {
                throw new InvalidFieldException(field + (field.equals("levels") ? "" : "[" + i + "]"),
                        "a level is a coverage in percent strictly between 0 and 100");
            }
        }
        return Arrays.stream(levels).distinct().sorted().toArray();
    }

    static int between(Integer value, int defaultValue, int min, int max, String field) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
        return v;
    }

    static double finite(Double value, double defaultValue, String field) {
        double v = value == null ? defaultValue : value;
        if (!Double.isFinite(v)) {
            throw new InvalidFieldException(field, "must be a finite number");
        }
        return v;
    }
}
