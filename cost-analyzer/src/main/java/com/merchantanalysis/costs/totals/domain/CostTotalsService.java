package com.merchantanalysis.costs.totals.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.period.ReportingPeriod;

import org.springframework.stereotype.Service;

/** Sums a merchant's daily summaries over a period. */
@Service
public class CostTotalsService {

    private final MerchantReader merchants;
    private final DailySummaries summaries;
    private final CostSettings settings;

    CostTotalsService(MerchantReader merchants, DailySummaries summaries, CostSettings settings) {
        this.merchants = merchants;
        this.summaries = summaries;
        this.settings = settings;
    }

    public CostTotals totals(Caller caller, String merchantId, LocalDate from, LocalDate to) {
        ReportingPeriod period = ReportingPeriod.of(from, to, settings.maxPeriod());
        MerchantDocument merchant = merchants.require(caller, merchantId);
        return CostTotals.of(merchant.id(), period, summaries.between(merchant.id(), period.from(), period.to()));
    }
}
