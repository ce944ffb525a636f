package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One merchant's business day, rolled up at write time, as stored in
 * {@value MerchantDataCollections#DAILY_SUMMARIES}, read by its id ({@link #idOf}). {@code date} is the
 * local date in the merchant's zone. The writer also keeps {@code buckets} (the day's bucket count) and
 * {@code settledFrom} (what each earlier day settles on this one), which readers need not map.
 *
 * @param byKind     net amount per {@link TransactionKind} (inflows positive, outflows negative)
 * @param byChannel  net amount per {@link PaymentChannel}
 * @param salesByChannel    gross sales per channel (SALE transactions only, positive)
 * @param feesByChannel     fees the channels charged on this day's sales and refunds (positive)
 * @param settledByChannel  money that reached the bank account this day per channel: sales minus
 *                          refunds minus fees, counted on their settlement date, not their sale date
 * @param saleCount         number of SALE transactions (orders)
 * @param refundCount       number of REFUND and CHARGEBACK transactions
 */
@Document(MerchantDataCollections.DAILY_SUMMARIES)
public record DailySummaryDocument(
        @Id String id,
        String merchantId,
        LocalDate date,
        BigDecimal inflow,
        BigDecimal outflow,
        BigDecimal net,
        long count,
        Map<TransactionKind, BigDecimal> byKind,
        Map<PaymentChannel, BigDecimal> byChannel,
        Map<PaymentChannel, BigDecimal> salesByChannel,
        Map<PaymentChannel, BigDecimal> feesByChannel,
        Map<PaymentChannel, BigDecimal> settledByChannel,
        long saleCount,
        long refundCount) {

    public DailySummaryDocument {
        byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
        byChannel = byChannel == null ? Map.of() : Map.copyOf(byChannel);
        salesByChannel = salesByChannel == null ? Map.of() : Map.copyOf(salesByChannel);
        feesByChannel = feesByChannel == null ? Map.of() : Map.copyOf(feesByChannel);
        settledByChannel = settledByChannel == null ? Map.of() : Map.copyOf(settledByChannel);
    }

    /** The summary's id: one document per merchant and day. */
    public static String idOf(String merchantId, LocalDate date) {
        return merchantId + ":" + date;
    }
}
