package com.merchantanalysis.costs.totals.domain;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.common.period.ReportingPeriod;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Sums a merchant's daily summaries over a period. */
@Service
public class CostTotalsService {

    private final MerchantReader merchants;
    private final DailySummaries summaries;
    private final ReportingPeriodPolicy periods;
    private final MessageSource messages;

    CostTotalsService(MerchantReader merchants, DailySummaries summaries, ReportingPeriodPolicy periods,
            MessageSource messages) {
        this.merchants = merchants;
        this.summaries = summaries;
        this.periods = periods;
        this.messages = messages;
    }

    /** The totals, the completeness warnings in {@code locale}'s language. */
    public CostTotals totals(Caller caller, String merchantId, LocalDate from, LocalDate to, Locale locale) {
        ReportingPeriod period = periods.checked(from, to);
        MerchantDocument merchant = merchants.require(caller, merchantId);
        return CostTotals.of(merchant.id(), period, summaries.between(merchant.id(), period.from(), period.to()),
                new CostWording(messages, locale));
    }
}
