package com.merchantanalysis.simulator.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one way transactions get written: bulk, unordered, idempotent by (merchantId, externalId), and
 * with the daily rollups incremented for exactly the rows that were stored. Simulation and import
 * both go through here, so {@code daily_summaries} always matches {@code transactions}.
 */
@Component
public class TransactionStore {

    private static final Logger log = LoggerFactory.getLogger(TransactionStore.class);

    /** The server's code for a unique-index violation. */
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Counter storedCounter;
    /** Set once the unique indexes idempotency relies on are known to exist. */
    private volatile boolean indexesEnsured;

    TransactionStore(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.storedCounter = Counter.builder("simulator.transactions.stored")
                .description("Transactions written to the store (simulated and imported)").register(meters);
    }

    /**
     * Inserts the batch for the merchant; rows whose externalId the merchant already has (or that
     * repeat an earlier row of the batch) are skipped and counted as duplicates.
     *
     * @throws IllegalArgumentException if a row belongs to another merchant or has no externalId
     */
    public StoreResult store(MerchantDocument merchant, List<TransactionDocument> batch) {
        List<TransactionDocument> unique = new ArrayList<>(batch.size());
        Set<String> seen = new HashSet<>();
        for (TransactionDocument tx : batch) {
            if (!merchant.id().equals(tx.merchantId())) {
                throw new IllegalArgumentException("Transaction " + tx.externalId() + " belongs to merchant "
                        + tx.merchantId() + ", not " + merchant.id());
            }
            if (tx.externalId() == null) {
                throw new IllegalArgumentException("Transaction without externalId for merchant " + merchant.id());
            }
            if (seen.add(tx.externalId())) {
                unique.add(tx);
            }
        }
        if (unique.isEmpty()) {
            return new StoreResult(0, batch.size());
        }
        ensureIndexes();
        List<Document> documents = new ArrayList<>(unique.size());
        for (TransactionDocument tx : unique) {
            documents.add(TransactionBson.toDocument(tx));
        }
        List<BulkWriteError> errors;
        try {
            errors = insertUnordered(documents);
        } catch (RuntimeException e) {
            // some rows may be in without their rollup; a retry would see them as duplicates
            log.error("A batch of {} transactions for merchant {} failed part-way; if it was partly written, "
                    + "its daily summaries miss those rows until rebuilt (POST .../daily:rebuild)", unique.size(),
                    merchant.id());
            throw e;
        }

        Set<Integer> rejected = new HashSet<>();
        List<BulkWriteError> unexpected = new ArrayList<>();
        for (BulkWriteError error : errors) {
            rejected.add(error.getIndex());
            if (error.getCode() != DUPLICATE_KEY) {
                unexpected.add(error);
            }
        }
        DailyRollup rollup = new DailyRollup(ZoneId.of(merchant.zoneId()));
        int stored = 0;
        for (int i = 0; i < unique.size(); i++) {
            if (!rejected.contains(i)) {
                rollup.add(unique.get(i));
                stored++;
            }
        }
        // Roll up what did get in, even if some rows failed for another reason, so the summaries stay true.
        incrementSummaries(merchant.id(), rollup);
        storedCounter.increment(stored);
        if (!unexpected.isEmpty()) {
            throw new DataIntegrityViolationException(unexpected.size() + " of " + unique.size()
                    + " transactions were not stored for merchant " + merchant.id() + ", first: "
                    + unexpected.get(0).getMessage());
        }
        return new StoreResult(stored, batch.size() - stored - unexpected.size());
    }

    /**
     * Recomputes the merchant's daily summaries from its transactions (read with a cursor), replacing
     * the stored ones: the repair after a write failed part-way. Writes running at the same time may be
     * counted twice or not at all, so run it while the merchant is quiet.
     *
     * @return the number of days written
     */
    public int rebuildSummaries(MerchantDocument merchant) {
        DailyRollup rollup = new DailyRollup(ZoneId.of(merchant.zoneId()));
        try (Stream<TransactionDocument> all = mongo.stream(query(where("merchantId").is(merchant.id())),
                TransactionDocument.class)) {
            all.forEach(rollup::add);
        }
        mongo.remove(query(where("merchantId").is(merchant.id())), DailySummaryDocument.class);
        incrementSummaries(merchant.id(), rollup);
        log.info("Rebuilt {} daily summaries of merchant {}", rollup.days().size(), merchant.id());
        return rollup.days().size();
    }

    /** Raises the merchant's dataVersion, telling readers (and their caches) that its data changed. */
    public void markChanged(String merchantId) {
        mongo.updateFirst(query(where("_id").is(merchantId)), new Update().inc("dataVersion", 1L),
                MerchantDocument.class);
    }

    /**
     * Creates the contract's indexes (above all the unique (merchantId, externalId)) before the first
     * write. Done here rather than at startup so that the service starts, and reports itself not ready,
     * while MongoDB is down; and not left to Spring's lazy index creation, which only happens once the
     * template has mapped the type, never for the raw inserts this class makes.
     */
    private void ensureIndexes() {
        if (indexesEnsured) {
            return;
        }
        synchronized (this) {
            if (!indexesEnsured) {
                IndexResolver resolver = IndexResolver.create(mongo.getConverter().getMappingContext());
                for (Class<?> type : List.of(TransactionDocument.class, DailySummaryDocument.class)) {
                    IndexOperations indexes = mongo.indexOps(type);
                    resolver.resolveIndexFor(type).forEach(indexes::createIndex);
                }
                indexesEnsured = true;
            }
        }
    }

    /** The write errors of an unordered insert: every row without one was stored. */
    private List<BulkWriteError> insertUnordered(List<Document> documents) {
        return mongo.execute(MerchantDataCollections.TRANSACTIONS, collection -> {
            try {
                collection.insertMany(documents, new InsertManyOptions().ordered(false));
                return List.of();
            } catch (MongoBulkWriteException e) {
                return e.getWriteErrors();
            }
        });
    }

    /** One upsert per day with {@code $inc}: concurrent writers (a simulation and an import) add up. */
    private void incrementSummaries(String merchantId, DailyRollup rollup) {
        if (rollup.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkMode.UNORDERED, DailySummaryDocument.class);
        for (Map.Entry<LocalDate, DayTotals> entry : rollup.days().entrySet()) {
            LocalDate date = entry.getKey();
            DayTotals day = entry.getValue();
            Update update = new Update()
                    .setOnInsert("merchantId", merchantId)
                    .setOnInsert("date", date)
                    .inc("inflow", day.inflow)
                    .inc("outflow", day.outflow)
                    .inc("net", day.net())
                    .inc("count", day.count)
                    .inc("saleCount", day.saleCount)
                    .inc("refundCount", day.refundCount);
            incAll(update, "byKind", day.byKind);
            incAll(update, "byChannel", day.byChannel);
            incAll(update, "salesByChannel", day.salesByChannel);
            incAll(update, "feesByChannel", day.feesByChannel);
            incAll(update, "settledByChannel", day.settledByChannel);
            bulk.upsert(query(where("_id").is(DailySummaryDocument.idOf(merchantId, date))), update);
        }
        bulk.execute();
    }

    private static void incAll(Update update, String field, Map<? extends Enum<?>, BigDecimal> amounts) {
        amounts.forEach((key, amount) -> update.inc(field + "." + key.name(), amount));
    }
}
