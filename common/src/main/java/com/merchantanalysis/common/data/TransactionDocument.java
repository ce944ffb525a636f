package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One movement of money, stored as an entry of its merchant's day bucket (see {@link MerchantDataLayout}).
 *
 * @param id          the externalId when read from a bucket (unique per merchant and day)
 * @param externalId  the id in the source system; unique per merchant and local day, so re-imports are
 *                    idempotent
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
public record TransactionDocument(
        String id,
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
