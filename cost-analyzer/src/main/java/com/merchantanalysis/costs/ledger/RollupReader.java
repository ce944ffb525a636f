package com.merchantanalysis.costs.ledger;

import java.time.LocalDate;
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

    /** A quarter and a little: the longest cadence of a bill the analyses expect (rent paid quarterly). */
    static final int LOOK_BACK_DAYS = 93;

    private final DailySummaries summaries;

    RollupReader(DailySummaries summaries) {
        this.summaries = summaries;
    }

    /** The days of the period that have a summary, in date order. */
    public List<DailySummaryDocument> days(String merchantId, ReportingPeriod period) {
        return summaries.between(merchantId, period.from(), period.to());
    }

    /**
     * The period's ledger. When a core line (purchases, payroll, rent) has no records in it, the
     * {@value #LOOK_BACK_DAYS} days before are read too, so that rent paid a quarter in advance just before
     * the period is told apart from rent never recorded.
     */
    public PeriodLedger ledger(String merchantId, ReportingPeriod period) {
        PeriodLedger ledger = PeriodLedger.of(days(merchantId, period));
        if (DataCompleteness.CORE_LINES.stream().allMatch(ledger::has) || ledger.daysWithData() == 0) {
            return ledger;
        }
        LocalDate before = period.from().minusDays(1);
        return ledger.withEarlier(summaries.between(merchantId, before.minusDays(LOOK_BACK_DAYS - 1), before));
    }
}
