package com.merchantanalysis.simulator.transaction.domain;

import java.time.LocalDate;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * Which of a merchant's transactions to read; null means no restriction.
 *
 * @param from first merchant-local day, inclusive
 * @param to   last merchant-local day, inclusive
 */
public record TransactionFilter(LocalDate from, LocalDate to, TransactionKind kind, PaymentChannel channel) {

    /** Whether the transaction has the kind and channel asked for (the days are chosen by the reader). */
    boolean matches(TransactionDocument tx) {
        return (kind == null || kind == tx.kind()) && (channel == null || channel == tx.channel());
    }
}
