package com.merchantanalysis.cashflow.balance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.cashflow.balance.domain.CashPosition;

/** A merchant's cash at the end of {@code asOf}: {@code balance = openingCashBalance + net}. */
record BalanceResponse(
        String merchantId,
        LocalDate asOf,
        BigDecimal openingCashBalance,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal net,
        BigDecimal balance,
        int daysWithData,
        long dataVersion) {

    static BalanceResponse of(CashPosition position) {
        return new BalanceResponse(position.merchantId(), position.asOf(), position.openingCashBalance(),
                position.inflow(), position.outflow(), position.net(), position.balance(), position.daysWithData(),
                position.dataVersion());
    }
}
