package com.merchantanalysis.common.data;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.merchantanalysis.common.data.DayBucketCodec.DayBucket;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one way merchant data is written ({@link MerchantDataLayout}); data-simulator is its only user
 * outside tests. Every write is idempotent and can be cut off at any point and finished later:
 * <ol>
 * <li>under the merchant's {@link MerchantWriteLease}, a journal entry names the days to be written;</li>
 * <li>the merchant's day range is widened;</li>
 * <li>each day's new transactions (externalIds the day does not have yet) are appended to its buckets;</li>
 * <li>each written day's rollup is <em>set</em> from all of the day's transactions (never incremented),
 * and so are the settlements it sends to later days;</li>
 * <li>the merchant's {@code dataVersion} is raised (if anything was stored) and the journal entry removed.</li>
 * </ol>
 * A writer killed after step 1 leaves its journal entry. The next write to the merchant, or
 * {@link #finishInterruptedWrites()} on data-simulator's next start, sets those days' rollups from what
 * the buckets hold and raises the dataVersion; a retried batch finds its stored rows as duplicates. So
 * rollups always end equal to the buckets, with no duplicate and no gap.
 */
public class MerchantDataWriter {

    private static final Logger log = LoggerFactory.getLogger(MerchantDataWriter.class);
    /** Days per delete or rebuild step, each under the lease. */
    private static final int DAYS_PER_STEP = 16;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoOperations mongo;
    private final MerchantWriteLease lease;
    private final Clock clock;

    public MerchantDataWriter(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.lease = new MerchantWriteLease(mongo, clock);
        this.clock = clock;
    }

    /**
     * Stores the batch for the merchant; rows whose externalId the merchant already has on the same local
     * day (or that repeat an earlier row of the batch) are skipped and counted as duplicates.
     *
     * @throws IllegalArgumentException if a row belongs to another merchant or has no externalId
     */
    public StoreResult store(MerchantDocument merchant, List<TransactionDocument> batch) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        Map<LocalDate, List<TransactionDocument>> byDay = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (TransactionDocument tx : batch) {
            if (!merchant.id().equals(tx.merchantId())) {
                throw new IllegalArgumentException("Transaction " + tx.externalId() + " belongs to merchant "
                        + tx.merchantId() + ", not " + merchant.id());
            }
            if (tx.externalId() == null) {
                throw new IllegalArgumentException("Transaction without externalId for merchant " + merchant.id());
            }
            LocalDate day = tx.timestamp().atZone(zone).toLocalDate();
            if (seen.add(day + "|" + tx.externalId())) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(tx);
            }
        }
        if (byDay.isEmpty()) {
            return new StoreResult(0, batch.size());
        }
        return lease.run(merchant.id(), () -> {
            boolean finishedOthers = finishJournalled(merchant);
            ObjectId journal = beginJournal(merchant.id(), byDay.keySet());
            widenRange(merchant.id(), byDay);
            Map<LocalDate, List<DayBucket>> existing = readBuckets(merchant.id(), byDay.keySet());
            List<WriteModel<Document>> bucketWrites = new ArrayList<>();
            Map<LocalDate, List<TransactionDocument>> whole = new TreeMap<>();
            Map<LocalDate, Integer> parts = new HashMap<>();
            int stored = 0;
            for (var entry : byDay.entrySet()) {
                LocalDate day = entry.getKey();
                List<DayBucket> buckets = existing.getOrDefault(day, List.of());
                List<TransactionDocument> all = transactionsOf(buckets);
                Set<String> have = new HashSet<>();
                all.forEach(tx -> have.add(tx.externalId()));
                List<TransactionDocument> fresh = entry.getValue().stream().filter(tx -> have.add(tx.externalId()))
                        .toList();
                parts.put(day, appendTo(merchant.id(), day, buckets, fresh, bucketWrites));
                all.addAll(fresh);
                whole.put(day, all);
                stored += fresh.size();
            }
            if (stored > 0) {
                mongo.execute(MerchantDataCollections.TRANSACTION_DAYS, c -> c.bulkWrite(bucketWrites));
                writeRollups(merchant, whole, parts);
            }
            if (stored > 0 || finishedOthers) {
                markChanged(merchant.id());
            }
            endJournal(journal);
            return new StoreResult(stored, batch.size() - stored);
        });
    }

    /**
     * Sets the rollups of the given days from what their buckets hold: the repair after a write was cut
     * off. Idempotent; raises the merchant's dataVersion.
     *
     * @return the number of days with a rollup (days with transactions, and the days they settle on)
     */
    public int refresh(MerchantDocument merchant, Collection<LocalDate> days) {
        List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(days));
        int withData = 0;
        for (int start = 0; start < sorted.size(); start += DAYS_PER_STEP) {
            List<LocalDate> step = sorted.subList(start, Math.min(sorted.size(), start + DAYS_PER_STEP));
            withData += lease.run(merchant.id(), () -> refreshHoldingLease(merchant, step));
        }
        markChanged(merchant.id());
        return withData;
    }

    private int refreshHoldingLease(MerchantDocument merchant, Collection<LocalDate> days) {
        Map<LocalDate, List<DayBucket>> buckets = readBuckets(merchant.id(), days);
        Map<LocalDate, List<TransactionDocument>> whole = new TreeMap<>();
        Map<LocalDate, Integer> parts = new HashMap<>();
        for (LocalDate day : days) {
            List<DayBucket> dayBuckets = buckets.getOrDefault(day, List.of());
            whole.put(day, transactionsOf(dayBuckets));
            parts.put(day, dayBuckets.size());
        }
        return writeRollups(merchant, whole, parts);
    }

    /**
     * Finishes, before a new write, the journalled writes of this merchant that a stopped writer left: the
     * lease is ours, so any entry of the merchant belongs to a writer that is gone.
     *
     * @return whether there was any
     */
    private boolean finishJournalled(MerchantDocument merchant) {
        // the journal holds only writes in flight, a handful of small documents: a scan costs nothing
        List<Document> entries = mongo.execute(MerchantDataCollections.WRITE_JOURNAL,
                c -> c.find(Filters.eq(MerchantFields.MERCHANT_ID, merchant.id())).into(new ArrayList<>()));
        for (Document entry : entries) {
            refreshHoldingLease(merchant, journalDays(entry));
            endJournal(entry.getObjectId(MerchantFields.ID));
        }
        return !entries.isEmpty();
    }

    private static List<LocalDate> journalDays(Document entry) {
        return entry.getList("days", Date.class).stream().map(TransactionBson::localDate).toList();
    }

    /** Sets every rollup of the merchant from its buckets. */
    public int rebuild(MerchantDocument merchant) {
        if (merchant.dataFrom() == null || merchant.dataTo() == null) {
            return 0;
        }
        return refresh(merchant, merchant.dataFrom().datesUntil(merchant.dataTo().plusDays(1)).toList());
    }

    /**
     * Deletes the merchant's buckets and rollups, a few days at a time by key.
     *
     * @return how many transactions the rollups counted
     */
    public long delete(MerchantDocument merchant) {
        if (merchant.dataFrom() == null || merchant.dataTo() == null) {
            return 0;
        }
        List<LocalDate> days = merchant.dataFrom().datesUntil(merchant.dataTo().plusDays(1)).toList();
        long transactions = 0;
        for (int start = 0; start < days.size(); start += DAYS_PER_STEP) {
            List<LocalDate> step = days.subList(start, Math.min(days.size(), start + DAYS_PER_STEP));
            transactions += lease.run(merchant.id(), () -> {
                List<String> bucketIds = new ArrayList<>();
                List<String> summaryIds = new ArrayList<>();
                step.forEach(day -> {
                    bucketIds.addAll(MerchantDataLayout.candidateBucketIds(merchant.id(), day));
                    summaryIds.add(DailySummaryDocument.idOf(merchant.id(), day));
                });
                long counted = mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, c -> {
                    long sum = 0;
                    for (Document s : c.find(Filters.in(MerchantFields.ID, summaryIds)).projection(Projections.include("count"))) {
                        sum += s.get("count") instanceof Number n ? n.longValue() : 0;
                    }
                    return sum;
                });
                mongo.execute(MerchantDataCollections.TRANSACTION_DAYS, c -> c.deleteMany(Filters.in(MerchantFields.ID, bucketIds)));
                mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, c -> c.deleteMany(Filters.in(MerchantFields.ID, summaryIds)));
                return counted;
            });
        }
        return transactions;
    }

    /**
     * Finishes the writes that a stopped writer left in the journal: sets those days' rollups from the
     * buckets and raises the merchant's dataVersion. Run by data-simulator on start.
     *
     * @return how many interrupted writes were finished
     */
    public int finishInterruptedWrites() {
        List<Document> entries = mongo.execute(MerchantDataCollections.WRITE_JOURNAL,
                c -> c.find().into(new ArrayList<>()));
        int finished = 0;
        for (Document entry : entries) {
            String merchantId = entry.getString(MerchantFields.MERCHANT_ID);
            MerchantDocument merchant = mongo.findById(merchantId, MerchantDocument.class);
            if (merchant != null) {
                List<LocalDate> days = journalDays(entry);
                refresh(merchant, days);
                log.warn("Finished an interrupted write of merchant {}: rollups of {} day(s) set from the stored "
                        + "transactions", merchantId, days.size());
                finished++;
            }
            endJournal(entry.getObjectId(MerchantFields.ID));
        }
        return finished;
    }

    /** Raises the merchant's dataVersion, telling readers (and their caches) that its data changed. */
    public void markChanged(String merchantId) {
        // through the mapping: a merchant id that looks like an ObjectId is stored as one
        mongo.updateFirst(Query.query(Criteria.where(MerchantFields.ID).is(merchantId)),
                new Update().inc(MerchantFields.DATA_VERSION, 1L),
                MerchantDocument.class);
    }

    private ObjectId beginJournal(String merchantId, Collection<LocalDate> days) {
        ObjectId id = new ObjectId();
        List<Date> dates = days.stream().map(MerchantDataWriter::date).toList();
        mongo.execute(MerchantDataCollections.WRITE_JOURNAL, c -> c.insertOne(new Document(MerchantFields.ID, id)
                .append(MerchantFields.MERCHANT_ID, merchantId).append("days", dates).append("startedAt", Date.from(clock.instant()))));
        return id;
    }

    private void endJournal(ObjectId id) {
        mongo.execute(MerchantDataCollections.WRITE_JOURNAL, c -> c.deleteOne(Filters.eq(MerchantFields.ID, id)));
    }

    /** Widens the merchant's day range to the batch's days and the days its sales settle on. */
    private void widenRange(String merchantId, Map<LocalDate, List<TransactionDocument>> byDay) {
        LocalDate first = ((TreeMap<LocalDate, ?>) byDay).firstKey();
        LocalDate lastTransaction = ((TreeMap<LocalDate, ?>) byDay).lastKey();
        LocalDate last = lastTransaction;
        for (List<TransactionDocument> day : byDay.values()) {
            for (TransactionDocument tx : day) {
                if (tx.settlementDate() != null && tx.settlementDate().isAfter(last)) {
                    last = tx.settlementDate();
                }
                if (tx.settlementDate() != null && tx.settlementDate().isBefore(first)) {
                    first = tx.settlementDate();
                }
            }
        }
        mongo.updateFirst(Query.query(Criteria.where(MerchantFields.ID).is(merchantId)),
                new Update().min(MerchantFields.DATA_FROM, first).max(MerchantFields.DATA_TO, last)
                        .max(MerchantFields.LAST_TRANSACTION_DAY, lastTransaction), MerchantDocument.class);
    }

    /** Every bucket of the days, by day and in part order; any part id is looked for, orphans included. */
    private Map<LocalDate, List<DayBucket>> readBuckets(String merchantId, Collection<LocalDate> days) {
        List<String> ids = new ArrayList<>();
        days.forEach(day -> ids.addAll(MerchantDataLayout.candidateBucketIds(merchantId, day)));
        Map<LocalDate, List<DayBucket>> byDay = new HashMap<>();
        mongo.execute(MerchantDataCollections.TRANSACTION_DAYS, c -> {
            for (DayBucket bucket : DayBucketCodec.buckets(c, merchantId).find(Filters.in(MerchantFields.ID, ids)).batchSize(16)) {
                byDay.computeIfAbsent(bucket.date(), d -> new ArrayList<>()).add(bucket);
            }
            return null;
        });
        byDay.values().forEach(list -> list.sort(Comparator.comparingInt(DayBucket::part)));
        return byDay;
    }

    private static List<TransactionDocument> transactionsOf(List<DayBucket> buckets) {
        List<TransactionDocument> all = new ArrayList<>();
        buckets.forEach(bucket -> all.addAll(bucket.transactions()));
        return all;
    }

    /**
     * Adds the writes that append {@code fresh} to the day: the last part is filled up, further parts are
     * new documents.
     *
     * @return the number of parts the day has afterwards
     */
    private static int appendTo(String merchantId, LocalDate day, List<DayBucket> buckets,
            List<TransactionDocument> fresh, List<WriteModel<Document>> writes) {
        int parts = buckets.isEmpty() ? 0 : buckets.get(buckets.size() - 1).part() + 1;
        int next = 0;
        if (!buckets.isEmpty() && !fresh.isEmpty()) {
            DayBucket last = buckets.get(buckets.size() - 1);
            int room = MerchantDataLayout.PART_SIZE - last.transactions().size();
            int take = Math.max(0, Math.min(room, fresh.size()));
            if (take > 0) {
                writes.add(new UpdateOneModel<>(Filters.eq(MerchantFields.ID, last.id()), new Document("$push",
                        new Document("transactions", new Document("$each", entries(fresh.subList(0, take)))))
                        .append("$inc", new Document("n", take))));
                next = take;
            }
        }
        while (next < fresh.size()) {
            if (parts >= MerchantDataLayout.MAX_PARTS) {
                throw new IllegalStateException("Merchant " + merchantId + " has more than "
                        + MerchantDataLayout.MAX_PARTS * MerchantDataLayout.PART_SIZE + " transactions on " + day);
            }
            List<TransactionDocument> chunk = fresh.subList(next, Math.min(fresh.size(),
                    next + MerchantDataLayout.PART_SIZE));
            writes.add(new InsertOneModel<>(new Document(MerchantFields.ID, MerchantDataLayout.bucketId(merchantId, day, parts))
                    .append(MerchantFields.MERCHANT_ID, merchantId).append(MerchantFields.DATE, date(day)).append("part", parts)
                    .append("n", chunk.size()).append("transactions", entries(chunk))));
            parts++;
            next += chunk.size();
        }
        return parts;
    }

    private static List<Document> entries(List<TransactionDocument> transactions) {
        List<Document> entries = new ArrayList<>(transactions.size());
        transactions.forEach(tx -> entries.add(TransactionBson.toEntry(tx)));
        return entries;
    }

    /**
     * Sets each day's own rollup from all of its transactions, then the settlements each day sends to its
     * settlement days, then those days' settled totals from everything they receive.
     *
     * @return how many of the days have transactions or receive settlements from them
     */
    private int writeRollups(MerchantDocument merchant, Map<LocalDate, List<TransactionDocument>> whole,
            Map<LocalDate, Integer> parts) {
        ZoneId zone = ZoneId.of(merchant.zoneId());
        String merchantId = merchant.id();
        List<WriteModel<Document>> writes = new ArrayList<>();
        Set<LocalDate> receivers = new TreeSet<>();
        Set<LocalDate> withData = new TreeSet<>();
        for (var entry : whole.entrySet()) {
            LocalDate day = entry.getKey();
            if (entry.getValue().isEmpty()) {
                continue; // no transactions: nothing of its own to set, and nothing it settles elsewhere
            }
            withData.add(day);
            DailyRollup rollup = new DailyRollup(zone);
            entry.getValue().forEach(rollup::add);
            DayTotals own = rollup.days().get(day);
            writes.add(new UpdateOneModel<>(Filters.eq(MerchantFields.ID, DailySummaryDocument.idOf(merchantId, day)),
                    new Document("$set", new Document(MerchantFields.MERCHANT_ID, merchantId).append(MerchantFields.DATE, date(day))
                            .append("inflow", TransactionBson.decimal(own.inflow))
                            .append("outflow", TransactionBson.decimal(own.outflow))
                            .append("net", TransactionBson.decimal(own.net())).append("count", own.count)
                            .append("saleCount", own.saleCount).append("refundCount", own.refundCount)
                            .append("byKind", amounts(own.byKind)).append("byChannel", amounts(own.byChannel))
                            .append("salesByChannel", amounts(own.salesByChannel))
                            .append("feesByChannel", amounts(own.feesByChannel))
                            .append("buckets", parts.getOrDefault(day, 0))),
                    UPSERT));
            rollup.days().forEach((receiver, totals) -> {
                if (!totals.settledByChannel.isEmpty()) {
                    receivers.add(receiver);
                    writes.add(new UpdateOneModel<>(
                            Filters.eq(MerchantFields.ID, DailySummaryDocument.idOf(merchantId, receiver)),
                            new Document("$set", new Document("settledFrom." + day, amounts(totals.settledByChannel)))
                                    .append("$setOnInsert", emptyDay(merchantId, receiver)),
                            UPSERT));
                }
            });
        }
        if (!writes.isEmpty()) {
            mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, c -> c.bulkWrite(writes));
        }
        setSettledTotals(merchantId, receivers);
        withData.addAll(receivers);
        return withData.size();
    }

    /** A receiving day's settled totals: the sum of what every sending day settles on it. */
    private void setSettledTotals(String merchantId, Set<LocalDate> receivers) {
        if (receivers.isEmpty()) {
            return;
        }
        List<String> ids = receivers.stream().map(day -> DailySummaryDocument.idOf(merchantId, day)).toList();
        List<WriteModel<Document>> writes = new ArrayList<>();
        mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, c -> {
            for (Document summary : c.find(Filters.in(MerchantFields.ID, ids)).projection(Projections.include("settledFrom"))) {
                Map<String, BigDecimal> settled = new TreeMap<>();
                Document from = summary.get("settledFrom", Document.class);
                if (from != null) {
                    for (Object perChannel : from.values()) {
                        ((Document) perChannel).forEach((channel, amount) -> settled.merge(channel,
                                TransactionBson.decimal(amount), BigDecimal::add));
                    }
                }
                Document totals = new Document();
                settled.forEach((channel, amount) -> totals.put(channel, TransactionBson.decimal(amount)));
                writes.add(new UpdateOneModel<>(Filters.eq(MerchantFields.ID, summary.get(MerchantFields.ID)),
                        new Document("$set", new Document("settledByChannel", totals))));
            }
            return null;
        });
        if (!writes.isEmpty()) {
            mongo.execute(MerchantDataCollections.DAILY_SUMMARIES, c -> c.bulkWrite(writes));
        }
    }

    /** What a day that only receives settlements starts as: no flows of its own. */
    private static Document emptyDay(String merchantId, LocalDate day) {
        var zero = TransactionBson.decimal(BigDecimal.ZERO);
        return new Document(MerchantFields.MERCHANT_ID, merchantId).append(MerchantFields.DATE, date(day)).append("inflow", zero)
                .append("outflow", zero).append("net", zero).append("count", 0L).append("saleCount", 0L)
                .append("refundCount", 0L).append("buckets", 0);
    }

    private static Document amounts(Map<? extends Enum<?>, BigDecimal> amounts) {
        Document document = new Document();
        new LinkedHashMap<>(amounts).forEach((key, amount) -> document.put(key.name(), TransactionBson.decimal(amount)));
        return document;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
