package com.merchantanalysis.cashflow.forecast.web;

import java.util.List;

import com.merchantanalysis.common.period.ForecastHorizon;

/** What the request records and parameters share: the horizon's limit and the interval levels. */
final class RequestChecks {

    static final int MAX_HORIZON = ForecastHorizon.MAX_DAYS;
    static final int MAX_LEVELS = 10;
    static final double[] DEFAULT_LEVELS = {80, 95};

    private RequestChecks() {
    }

    /** The levels asked for (already validated), sorted and without repeats; 80 and 95 when none. */
    static double[] levels(List<Double> levels) {
        if (levels == null || levels.isEmpty()) {
            return DEFAULT_LEVELS.clone();
        }
        return levels.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
    }
}
