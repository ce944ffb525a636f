package com.merchantanalysis.gateway.analyze.model;

import java.time.LocalDate;

/**
 * What a report is asked for, after validation.
 *
 * @param from  null for the services' default period (the last 90 days with data)
 * @param to    null for the services' default period
 */
public record AnalyzeQuery(String merchantId, int horizon, LocalDate from, LocalDate to) {

    /** The parameters as they enter cache keys: the same report for the same values, whatever the order. */
    public String key() {
        return "h" + horizon + ":" + (from == null ? "-" : from) + ":" + (to == null ? "-" : to);
    }

    public MerchantReport.Parameters parameters() {
        return new MerchantReport.Parameters(horizon, from, to);
    }
}
