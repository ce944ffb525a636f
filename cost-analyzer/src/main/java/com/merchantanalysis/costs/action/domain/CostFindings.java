package com.merchantanalysis.costs.action.domain;

import java.util.List;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport.RatioComparison;
import com.merchantanalysis.costs.feeaudit.domain.ChannelFeeCheck;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.PeriodLedger;
import com.merchantanalysis.common.period.ReportingPeriod;

/** Everything the recommendations are drawn from, computed once per merchant and period. */
record CostFindings(
        MerchantDocument merchant,
        ReportingPeriod period,
        PeriodLedger ledger,
        DataCompleteness completeness,
        List<ChannelFeeCheck> fees,
        List<RatioComparison> benchmarks,
        AnomalyReport anomalies,
        HourlySales hourlySales) {

    RatioComparison benchmark(String ratio) {
        return benchmarks.stream().filter(comparison -> comparison.ratio().equals(ratio)).findFirst().orElse(null);
    }
}
