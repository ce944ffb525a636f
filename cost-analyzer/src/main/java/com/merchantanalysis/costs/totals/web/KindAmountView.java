package com.merchantanalysis.costs.totals.web;

import java.math.BigDecimal;

import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.totals.domain.KindAmount;

/** A kind's net amount: inflows positive, outflows negative. */
record KindAmountView(TransactionKind kind, BigDecimal amount) {

    static KindAmountView of(KindAmount amount) {
        return new KindAmountView(amount.kind(), amount.amount());
    }
}
