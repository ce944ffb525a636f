package com.merchantanalysis.costs.totals.domain;

import java.math.BigDecimal;

import com.merchantanalysis.common.data.TransactionKind;

/** The net amount of one transaction kind: inflows positive, outflows negative, as the summaries store it. */
public record KindAmount(TransactionKind kind, BigDecimal amount) {
}
