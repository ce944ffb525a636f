package com.merchantanalysis.gateway.analyze.model;

import java.time.LocalDate;

import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.text.AnswerLanguage;

/**
 * What a report is asked for, after validation.
 *
 * @param from  as the caller gave it, or null; {@link #within} makes it explicit before any section is asked
 * @param to    as the caller gave it, or null
 * @param language  of every sentence in the report, sections included
 */
public record AnalyzeQuery(String merchantId, int horizon, LocalDate from, LocalDate to, AnswerLanguage language) {

    /** The parameters as they enter cache keys: the same report for the same values, whatever the order. */
    public String key() {
        return "h" + horizon + ":" + (from == null ? "-" : from) + ":" + (to == null ? "-" : to) + ":" + language.tag();
    }

    /** The same query over the period the report covers, so that every section is asked for the same days. */
    public AnalyzeQuery within(ReportingPeriod period) {
        return new AnalyzeQuery(merchantId, horizon, period.from(), period.to(), language);
    }

    public MerchantReport.Parameters parameters() {
        return new MerchantReport.Parameters(horizon, from, to, language.tag());
    }
}
