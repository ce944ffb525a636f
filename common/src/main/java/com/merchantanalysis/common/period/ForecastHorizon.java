package com.merchantanalysis.common.period;

/**
 * How far ahead a cash forecast may look: one year, for the gateway's report and cashflow-service alike
 * (the gateway allowed ten years while the service refused more than one).
 */
public final class ForecastHorizon {

    public static final int MAX_DAYS = 365;

    private ForecastHorizon() {
    }
}
