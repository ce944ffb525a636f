package com.merchantanalysis.simulator.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Test data for the store and the import: a merchant, and the daily summaries recomputed from the
 * stored transactions independently of the production roll-up code.
 */
public final class StoreTestData {

    private StoreTestData() {
    }

    public static MerchantDocument merchant(MongoTemplate mongo) {
        return mongo.insert(new MerchantDocument(null, "测试小店", Industry.RESTAURANT, "Chengdu",
                LocalDate.of(2020, 1, 1), "Asia/Shanghai", List.of(),
                List.of(new ChannelContract(PaymentChannel.WECHAT_PAY, new BigDecimal("0.006"), 1)),
                new BigDecimal("10000.00"), 0, Instant.parse("2025-01-01T00:00:00Z"), null, 1));
    }

    /** The stored summaries, in date order, with amounts at cent scale so that equal means equal. */
    public static List<DailySummaryDocument> summaries(MongoTemplate mongo, String merchantId) {
        return mongo.find(query(where("merchantId").is(merchantId)).with(Sort.by("date")), DailySummaryDocument.class)
                .stream().map(StoreTestData::normalised).toList();
    }

    /** Every stored transaction of the merchant, in time order. */
    public static List<TransactionDocument> transactions(MongoTemplate mongo, MerchantDocument merchant) {
        MerchantDocument stored = mongo.findById(merchant.id(), MerchantDocument.class);
        if (stored == null || stored.dataFrom() == null) {
            return List.of();
        }
        try (var all = new TransactionDays(mongo).stream(stored, stored.dataFrom(), stored.dataTo())) {
            return all.toList();
        }
    }

    /** What the summaries must be, computed from the transactions in the store, day by day. */
    public static List<DailySummaryDocument> recompute(MongoTemplate mongo, MerchantDocument merchant) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        Map<LocalDate, Acc> days = new TreeMap<>();
        for (TransactionDocument tx : transactions(mongo, merchant)) {
            Acc acc = days.computeIfAbsent(tx.timestamp().atZone(zone).toLocalDate(), d -> new Acc());
            BigDecimal signed = tx.direction() == Direction.IN ? tx.amount() : tx.amount().negate();
            BigDecimal fee = tx.fee() == null ? BigDecimal.ZERO : tx.fee();
            acc.inflow = acc.inflow.add(tx.direction() == Direction.IN ? tx.amount() : BigDecimal.ZERO);
            acc.outflow = acc.outflow.add(tx.direction() == Direction.OUT ? tx.amount() : BigDecimal.ZERO);
            acc.count++;
            acc.byKind.merge(tx.kind(), signed, BigDecimal::add);
            switch (tx.kind()) {
                case SALE -> acc.sales++;
                case REFUND, CHARGEBACK -> acc.refunds++;
                default -> { }
            }
            if (tx.channel() != null) {
                acc.byChannel.merge(tx.channel(), signed, BigDecimal::add);
                if (tx.kind() == TransactionKind.SALE) {
                    acc.salesByChannel.merge(tx.channel(), tx.amount(), BigDecimal::add);
                }
                if (tx.fee() != null) {
                    acc.feesByChannel.merge(tx.channel(), fee, BigDecimal::add);
                }
                if (tx.settlementDate() != null && (tx.kind() == TransactionKind.SALE
                        || tx.kind() == TransactionKind.REFUND || tx.kind() == TransactionKind.CHARGEBACK)) {
                    days.computeIfAbsent(tx.settlementDate(), d -> new Acc()).settledByChannel
                            .merge(tx.channel(), signed.subtract(fee), BigDecimal::add);
                }
            }
        }
        return days.entrySet().stream().map(e -> {
            Acc a = e.getValue();
            return normalised(new DailySummaryDocument(DailySummaryDocument.idOf(merchant.id(), e.getKey()),
                    merchant.id(), e.getKey(), a.inflow, a.outflow, a.inflow.subtract(a.outflow), a.count, a.byKind,
                    a.byChannel, a.salesByChannel, a.feesByChannel, a.settledByChannel, a.sales, a.refunds));
        }).toList();
    }

    private static DailySummaryDocument normalised(DailySummaryDocument d) {
        return new DailySummaryDocument(d.id(), d.merchantId(), d.date(), cents(d.inflow()), cents(d.outflow()),
                cents(d.net()), d.count(), cents(d.byKind()), cents(d.byChannel()), cents(d.salesByChannel()),
                cents(d.feesByChannel()), cents(d.settledByChannel()), d.saleCount(), d.refundCount());
    }

    private static BigDecimal cents(BigDecimal amount) {
        // setScale without rounding: an amount with fractions of a cent fails here rather than compare equal
        return amount.setScale(2);
    }

    private static <K> Map<K, BigDecimal> cents(Map<K, BigDecimal> amounts) {
        Map<K, BigDecimal> result = new TreeMap<>();
        amounts.forEach((k, v) -> result.put(k, cents(v)));
        return result;
    }

    private static final class Acc {
        BigDecimal inflow = BigDecimal.ZERO;
        BigDecimal outflow = BigDecimal.ZERO;
        long count;
        long sales;
        long refunds;
        final Map<TransactionKind, BigDecimal> byKind = new EnumMap<>(TransactionKind.class);
        final Map<PaymentChannel, BigDecimal> byChannel = new EnumMap<>(PaymentChannel.class);
        final Map<PaymentChannel, BigDecimal> salesByChannel = new EnumMap<>(PaymentChannel.class);
        final Map<PaymentChannel, BigDecimal> feesByChannel = new EnumMap<>(PaymentChannel.class);
        final Map<PaymentChannel, BigDecimal> settledByChannel = new EnumMap<>(PaymentChannel.class);
    }
}
