package com.merchantanalysis.costs.breakeven.domain;

import java.time.LocalDate;
import java.util.Locale;

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
import com.merchantanalysis.costs.ledger.CostWording;
import com.merchantanalysis.common.period.ReportingPeriodPolicy;
import com.merchantanalysis.common.period.ReportingPeriod;

import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    BreakEvenService(MerchantReader merchants, ReportingPeriodPolicy periods, RollupReader rollups, MerchantCache cache,
            CostMetrics metrics, CostSettings settings, MessageSource messages) {
        this.merchants = merchants;
        this.periods = periods;
        this.rollups = rollups;
        this.cache = cache;
        this.metrics = metrics;
        this.settings = settings;
        this.messages = messages;
    }

    /** Break-even, its sentences in {@code locale}'s language (which is part of the cache key). */
    public BreakEvenReport breakEven(Caller caller, String merchantId, LocalDate from, LocalDate to,
            WhatIfParameters whatIf, Locale locale) {
        CostWording wording = new CostWording(messages, locale);
        return metrics.time("break-even", () -> {
            MerchantDocument merchant = merchants.require(caller, merchantId);
            ReportingPeriod period = periods.resolve(merchant, from, to);
            String key = MerchantCache.parameters(period.from(), period.to(), whatIf.rentChangePct(),
                    whatIf.cogsChangePct(), whatIf.feeRateChangePct(), wording.language());
            return cache.get("break-even", merchant, key, BreakEvenReport.class,
                    () -> compute(merchant, period, whatIf, wording));
        });
    }

    public BreakEvenReport compute(MerchantDocument merchant, ReportingPeriod period, WhatIfParameters whatIf,
            CostWording wording) {
        PeriodLedger ledger = rollups.ledger(merchant.id(), period);
        boolean anyChange = whatIf.rentChangePct() != null || whatIf.cogsChangePct() != null
                || whatIf.feeRateChangePct() != null;
        DataCompleteness completeness = DataCompleteness.of(ledger, period.days(), wording);
        return new BreakEvenReport(merchant.id(), merchant.dataVersion(), period.from(), period.to(), period.days(),
                completeness, whatIf,
                BreakEven.of(ledger, period.days(), settings.fixedCategories(), null, completeness.breakEven()),
                anyChange ? BreakEven.of(ledger, period.days(), settings.fixedCategories(), whatIf,
                        completeness.breakEven()) : null);
    }
}
