package com.merchantanalysis.costs.totals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.totals.domain.CostTotals;

/**
 * Totals over [from, to]; {@code revenue} is gross sales, {@code byKind} is sorted by kind, {@code completeness}
 * says which cost lines, channels and days have records.
 */
record TotalsResponse(
        String merchantId,
        LocalDate from,
        LocalDate to,
        int daysWithData,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal revenue,
        List<KindAmountView> byKind,
        DataCompleteness completeness) {

    static TotalsResponse of(CostTotals totals) {
        return new TotalsResponse(totals.merchantId(), totals.period().from(), totals.period().to(),
                totals.daysWithData(), totals.inflow(), totals.outflow(), totals.revenue(),
                totals.byKind().stream().map(KindAmountView::of).toList(), totals.completeness());
    }
}
