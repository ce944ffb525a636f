package com.merchantanalysis.costs.breakeven.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.WhatIfParameters;
import com.merchantanalysis.common.cache.MerchantCache;
import com.merchantanalysis.costs.config.CostMetrics;
import com.merchantanalysis.costs.config.CostSettings;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.costs.ledger.RollupReader;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.stereotype.Service;

/** Break-even revenue and orders of a period's cost structure, with a what-if variant beside it. */
@Service
public class BreakEvenService {

    private final MerchantReader merchants;
    private final ReportingPeriodPolicy periods;
    private final RollupReader rollups;
    private final MerchantCache cache;
    private final CostMetrics metrics;
    private final CostSettings settings;

    BreakEvenService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, CostSettings settings) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.settings = settings;
    }

    public BreakEvenReport breakEven(Caller caller, String merchantId, LocalDate from, LocalDate to,
            WhatIfParameters whatIf) {
        return metrics.time("break-even", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            String key = MerchantCache.parameters(period.from(), period.to(), whatIf.rentChangePct(),
                    whatIf.cogsChangePct(), whatIf.feeRateChangePct());
            return cache.get("break-even", merchant, key, BreakEvenReport.class, () -> compute(merchant, period, whatIf));
        });
    }

    public BreakEvenReport compute(MerchantDocument merchant, ReportingPeriod period, WhatIfParameters whatIf) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        boolean anyChange = whatIf.rentChangePct() != null || whatIf.cogsChangePct() != null
                || whatIf.feeRateChangePct() != null;
        DataCompleteness completeness = DataCompleteness.of(ledger, period.days());
        return new BreakEvenReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(), period.days(),
                completeness, whatIf,
                BreakEven.of(ledger, period.days(), settings.fixedCategories(), null, completeness.breakEven()),
                anyChange ? BreakEven.of(ledger, period.days(), settings.fixedCategories(), whatIf,
                        completeness.breakEven()) : null);
    }
}
