package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One movement of money, as stored in {@value MerchantDataCollections#TRANSACTIONS}.
 *
 * @param externalId  the id in the source system; unique per merchant, so re-imports are idempotent
 * @param timestamp   the instant it happened; read it in {@code zoneId} for the local business day
 * @param amount      CNY, always positive; {@code direction} says which way it went
 * @param labels      injected ground truth on simulated data (which rule or analysis should find it);
 *                    empty on imported data
 */
@Document(MerchantDataCollections.TRANSACTIONS)
@CompoundIndex(name = "merchant_time", def = "{'merchantId': 1, 'timestamp': 1}")
@CompoundIndex(name = "merchant_external_id", def = "{'merchantId': 1, 'externalId': 1}", unique = true)
public record TransactionDocument(
        @Id String id,
        String merchantId,
        String externalId,
        Instant timestamp,
        String zoneId,
        BigDecimal amount,
        Direction direction,
        TransactionKind kind,
        PaymentChannel channel,
        Counterparty counterparty,
        String invoiceReference,
        TransactionSource source,
        List<String> labels) {

    public TransactionDocument {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
