package com.merchantanalysis.costs.ledger;

import java.util.List;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.stereotype.Component;

/**
 * A period's daily summaries (the rollups data-simulator writes with every transaction) as a ledger. The
 * days are read by key through {@link DailySummaries}.
 */
@Component
public class RollupReader {

    private final DailySummaries summaries;

    RollupReader(DailySummaries summaries) {
        this.summaries = summaries;
    }

    /** The days of the period that have a summary, in date order. */
    public List<DailySummaryDocument> days(String merchantId, ReportingPeriod period) {
        return summaries.between(merchantId, period.from(), period.to());
    }

    public PeriodLedger ledger(String merchantId, ReportingPeriod period) {
        return PeriodLedger.of(days(merchantId, period));
    }
}
