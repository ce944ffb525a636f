package com.merchantanalysis.costs.totals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.costs.totals.domain.CostTotals;

/** Totals over [from, to]; {@code revenue} is gross sales, {@code byKind} is sorted by kind. */
record TotalsResponse(
        String merchantId,
        LocalDate from,
        LocalDate to,
        int daysWithData,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal revenue,
        List<KindAmountView> byKind) {

    static TotalsResponse of(CostTotals totals) {
        return new TotalsResponse(totals.merchantId(), totals.period().from(), totals.period().to(),
                totals.daysWithData(), totals.inflow(), totals.outflow(), totals.revenue(),
                totals.byKind().stream().map(KindAmountView::of).toList());
    }
}
