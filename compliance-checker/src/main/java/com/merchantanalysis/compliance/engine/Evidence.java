package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

/** One transaction a finding rests on, as the merchant can look it up in its own records. */
public record Evidence(String transactionId, String externalId, Instant timestamp, LocalDateTime localTime,
        BigDecimal amount, TransactionKind kind, PaymentChannel channel) {

    public static Evidence of(Tx tx) {
        return new Evidence(tx.id(), tx.externalId(), tx.timestamp(), tx.localTime(), tx.amount(), tx.kind(),
                tx.channel());
    }
}
