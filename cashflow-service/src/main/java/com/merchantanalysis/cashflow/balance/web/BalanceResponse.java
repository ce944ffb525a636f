package com.merchantanalysis.cashflow.balance.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.cashflow.balance.domain.CashPosition;
import com.merchantanalysis.cashflow.balance.domain.Reconciliation;
import com.merchantanalysis.common.text.Wording;

/**
 * A merchant's cash at the end of {@code asOf}: {@code balance = openingCashBalance + net}, where
 * {@code net = inflow - paymentFees - outflow} (the channels pay sales out net of their fees);
 * {@code reconciliation} breaks it down and says how much of it the channels have not settled yet.
 */
record BalanceResponse(
        String merchantId,
        LocalDate asOf,
        BigDecimal openingCashBalance,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal net,
        BigDecimal balance,
        int daysWithData,
        long dataVersion,
        BigDecimal paymentFees,
        Reconciliation reconciliation) {

    static BalanceResponse of(CashPosition position, Wording wording) {
        return new BalanceResponse(position.merchantId(), position.asOf(), position.openingCashBalance(),
                position.inflow(), position.outflow(), position.net(), position.balance(), position.daysWithData(),
                position.dataVersion(), position.paymentFees(), Reconciliation.of(position, wording));
    }
}
