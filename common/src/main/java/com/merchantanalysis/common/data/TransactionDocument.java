package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * @param labels      injected ground truth on simulated data: {@link PlantedEvent#label()} values naming
 *                    the rule or analysis that should find it; empty on imported data
 * @param fee         what the channel charged for this sale (CNY), or null when it charged nothing;
 *                    negative on a refund when the channel handed its fee back (as WeChat Pay and
 *                    Alipay bills report it); fee audits compare it with the contracted rate
 * @param settlementDate the merchant-local day the money reaches (or left) the bank account; a sale
 *                    settles {@link ChannelContract#settlementLagDays()} after it happened
 * @param personalCollectionCode paid through a personal (not business) collection QR code
 * @param description free text from the source, stored as text and never interpreted
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
        List<String> labels,
        BigDecimal fee,
        LocalDate settlementDate,
        boolean personalCollectionCode,
        String description) {

    public TransactionDocument {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
