package com.merchantanalysis.compliance.check.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.compliance.engine.Evidence;

/** A transaction a finding rests on; {@code localTime} is in the merchant's zone. */
record EvidenceView(String transactionId, String externalId, Instant timestamp, LocalDateTime localTime,
        BigDecimal amount, TransactionKind kind, PaymentChannel channel) {

    static EvidenceView of(Evidence evidence) {
        return new EvidenceView(evidence.transactionId(), evidence.externalId(), evidence.timestamp(),
                evidence.localTime(), evidence.amount(), evidence.kind(), evidence.channel());
    }
}
