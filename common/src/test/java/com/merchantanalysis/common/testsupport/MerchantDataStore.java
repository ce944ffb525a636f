package com.merchantanalysis.common.testsupport;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;

import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Stores and reads test merchant data the one way the platform does: through the production
 * {@link MerchantDataWriter}, which writes the day buckets and sets the daily rollups. No test computes rollups
 * of its own; what they must be is what the writer makes of the same transactions ({@link #expectedRollups}).
 */
public final class MerchantDataStore {

    private MerchantDataStore() {
    }

    /** Inserts the merchant, then stores its transactions (and so its rollups) through the writer. */
    public static MerchantData.Result store(MongoOperations mongo, MerchantData.Result data) {
        store(mongo, data.merchant(), data.transactions());
        return data;
    }

    /** Inserts the merchant and stores the transactions through the writer; returns the merchant as inserted. */
    public static MerchantDocument store(MongoOperations mongo, MerchantDocument merchant,
            List<TransactionDocument> transactions) {
        MerchantDocument inserted = mongo.insert(merchant);
        writer(mongo).store(inserted, transactions);
        return inserted;
    }

    /** A hotpot merchant with a new ObjectId-shaped id and no data yet, inserted. */
    public static MerchantDocument newMerchant(MongoOperations mongo) {
        LocalDate today = LocalDate.of(2025, 1, 1);
        return mongo.insert(MerchantData.hotpot(new ObjectId().toHexString(), 0, today, today).merchant());
    }

    public static MerchantDataWriter writer(MongoOperations mongo) {
        return new MerchantDataWriter(mongo, Clock.systemUTC());
    }

    /** Every stored transaction of the merchant, in time order. */
    public static List<TransactionDocument> transactions(MongoOperations mongo, MerchantDocument merchant) {
        MerchantDocument stored = mongo.findById(merchant.id(), MerchantDocument.class);
        if (stored == null || stored.dataFrom() == null) {
            return List.of();
        }
        try (var all = new TransactionDays(mongo).stream(stored, stored.dataFrom(), stored.dataTo())) {
            return all.toList();
        }
    }

    /**
     * Every stored rollup of the merchant (found by merchantId, so strays count too), in date order, with
     * amounts at cent scale so that equal means equal.
     */
    public static List<DailySummaryDocument> rollups(MongoOperations mongo, String merchantId) {
        return mongo.find(query(where("merchantId").is(merchantId)).with(Sort.by("date")), DailySummaryDocument.class)
                .stream().map(MerchantDataStore::inCents).toList();
    }

    /**
     * What the merchant's rollups must be: the production writer's rollups of everything stored for it, written in
     * one clean batch for a scratch copy of the merchant (removed afterwards), in {@link #rollups} form.
     */
    public static List<DailySummaryDocument> expectedRollups(MongoOperations mongo, MerchantDocument merchant) {
        List<TransactionDocument> stored = transactions(mongo, merchant);
        String scratchId = "expected-" + UUID.randomUUID();
        MerchantDocument scratch = mongo.insert(new MerchantDocument(scratchId, merchant.name(), merchant.industry(),
                merchant.city(), merchant.openingDate(), merchant.zoneId(), merchant.licences(), merchant.channels(),
                merchant.openingCashBalance(), 0, merchant.createdAt(), merchant.archetype(), merchant.cityTier()));
        MerchantDataWriter writer = writer(mongo);
        try {
            writer.store(scratch, stored.stream().map(tx -> new TransactionDocument(tx.id(), scratchId,
                    tx.externalId(), tx.timestamp(), tx.zoneId(), tx.amount(), tx.direction(), tx.kind(), tx.channel(),
                    tx.counterparty(), tx.invoiceReference(), tx.source(), tx.labels(), tx.fee(), tx.settlementDate(),
                    tx.personalCollectionCode(), tx.description())).toList());
            return rollups(mongo, scratchId).stream().map(d -> new DailySummaryDocument(
                    DailySummaryDocument.idOf(merchant.id(), d.date()), merchant.id(), d.date(), d.inflow(),
                    d.outflow(), d.net(), d.count(), d.byKind(), d.byChannel(), d.salesByChannel(), d.feesByChannel(),
                    d.settledByChannel(), d.saleCount(), d.refundCount())).toList();
        } finally {
            writer.delete(mongo.findById(scratchId, MerchantDocument.class));
            mongo.remove(scratch);
        }
    }

    private static DailySummaryDocument inCents(DailySummaryDocument d) {
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
}
