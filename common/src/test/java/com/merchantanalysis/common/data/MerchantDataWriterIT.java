package com.merchantanalysis.common.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.migration.BucketTransactionsMigration;
import com.merchantanalysis.common.data.migration.DataLayoutCheck;
import com.merchantanalysis.common.data.migration.DataLayoutCheck.DataLayoutNotReadyException;
import com.merchantanalysis.common.data.migration.LayoutMigration;
import com.merchantanalysis.common.data.migration.LayoutMigrations;
import com.merchantanalysis.common.testsupport.EmbeddedMongo;
import com.merchantanalysis.common.testsupport.MerchantDataTemplates;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The merchant-data layout over the embedded MongoDB wire server: writes, reads by key, repair, migration. */
class MerchantDataWriterIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    private final String database = "writer_" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(EmbeddedMongo.stores().mongoUri(database));
    private final MongoTemplate mongo = MerchantDataTemplates.of(client, database);
    private final MerchantDataWriter writer = new MerchantDataWriter(mongo, Clock.systemUTC());
    private final TransactionDays transactions = new TransactionDays(mongo);
    private final DailySummaries summaries = new DailySummaries(mongo);

    @AfterEach
    void drop() {
        client.getDatabase(database).drop();
        client.close();
    }

    private MerchantDocument newMerchant() {
        return mongo.insert(new MerchantDocument(null, "测试小店", Industry.RESTAURANT, "Chengdu", START, ZONE.getId(),
                List.of(), List.of(), new BigDecimal("1000.00"), 0, Instant.now(), null, 2));
    }

    private MerchantDocument reload(MerchantDocument merchant) {
        return mongo.findById(merchant.id(), MerchantDocument.class);
    }

    /** Sales settled a day later net of fees, cash sales, refunds, rent: every field the rollups count. */
    static List<TransactionDocument> days(String merchantId, LocalDate from, int days, int perDay, long seed) {
        Random random = new Random(seed);
        List<TransactionDocument> list = new ArrayList<>();
        PaymentChannel[] channels = { PaymentChannel.WECHAT_PAY, PaymentChannel.ALIPAY, PaymentChannel.CASH };
        for (int d = 0; d < days; d++) {
            LocalDate day = from.plusDays(d);
            for (int i = 0; i < perDay; i++) {
                Instant at = day.atTime(8, 0).plusSeconds(random.nextInt(14 * 3600)).atZone(ZONE).toInstant();
                PaymentChannel channel = channels[random.nextInt(channels.length)];
                TransactionKind kind = i % 50 == 7 ? TransactionKind.REFUND : TransactionKind.SALE;
                BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(20_000), 2);
                BigDecimal fee = channel == PaymentChannel.CASH ? null
                        : amount.multiply(new BigDecimal("0.006")).setScale(2, RoundingMode.HALF_UP);
                list.add(new TransactionDocument(null, merchantId, "tx-" + seed + "-" + day + "-" + i, at,
                        ZONE.getId(), amount, kind == TransactionKind.SALE ? Direction.IN : Direction.OUT, kind,
                        channel, new Counterparty(CounterpartyType.PERSON, "p" + random.nextInt(99), false), null,
                        TransactionSource.SIMULATED, i == 3 ? List.of("x:y") : List.of(), fee,
                        channel == PaymentChannel.CASH ? null : day.plusDays(1), i == 5, "单" + i));
            }
            list.add(new TransactionDocument(null, merchantId, "rent-" + seed + "-" + day,
                    day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE.getId(), new BigDecimal("300.00"), Direction.OUT,
                    TransactionKind.RENT, PaymentChannel.BANK_TRANSFER, null, null, TransactionSource.IMPORTED, null,
                    null, null, false, null));
        }
        return list;
    }

    /** The rollups the data must have, computed in memory from all of it. */
    private static Map<LocalDate, DayTotals> expected(Collection<TransactionDocument> all) {
        DailyRollup rollup = new DailyRollup(ZONE);
        all.forEach(rollup::add);
        return new TreeMap<>(rollup.days());
    }

    private void assertRollupsMatch(MerchantDocument merchant, Collection<TransactionDocument> all) {
        Map<LocalDate, DayTotals> expected = expected(all);
        List<DailySummaryDocument> stored = summaries.between(merchant.id(), START.minusDays(5), START.plusDays(400));
        assertThat(stored).extracting(DailySummaryDocument::date).containsExactlyElementsOf(expected.keySet());
        for (DailySummaryDocument day : stored) {
            DayTotals want = expected.get(day.date());
            assertThat(day.count()).as("count of %s", day.date()).isEqualTo(want.count);
            assertThat(day.inflow()).as("inflow of %s", day.date()).isEqualByComparingTo(want.inflow);
            assertThat(day.outflow()).as("outflow of %s", day.date()).isEqualByComparingTo(want.outflow);
            assertThat(day.net()).as("net of %s", day.date()).isEqualByComparingTo(want.net());
            assertThat(day.saleCount()).isEqualTo(want.saleCount);
            assertThat(day.refundCount()).isEqualTo(want.refundCount);
            assertAmounts(day.byKind(), want.byKind);
            assertAmounts(day.byChannel(), want.byChannel);
            assertAmounts(day.salesByChannel(), want.salesByChannel);
            assertAmounts(day.feesByChannel(), want.feesByChannel);
            assertAmounts(day.settledByChannel(), want.settledByChannel);
        }
    }

    private static <K> void assertAmounts(Map<K, BigDecimal> actual, Map<K, BigDecimal> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, amount) -> assertThat(actual.get(key)).as("%s", key).isEqualByComparingTo(amount));
    }

    private List<TransactionDocument> readAll(MerchantDocument merchant) {
        try (Stream<TransactionDocument> all = transactions.stream(reload(merchant), START.minusDays(5),
                START.plusDays(400))) {
            return all.toList();
        }
    }

    @Test
    void whatIsStoredReadsBackInTimeOrderWithExactRollupsAndTheMerchantsDays() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> batch = days(merchant.id(), START, 10, 40, 1);

        StoreResult result = writer.store(merchant, batch);

        assertThat(result).isEqualTo(new StoreResult(batch.size(), 0));
        List<TransactionDocument> read = readAll(merchant);
        assertThat(read).hasSize(batch.size()).isSortedAccordingTo(TransactionDays.TIME_ORDER);
        Map<String, TransactionDocument> byId = new TreeMap<>();
        batch.forEach(tx -> byId.put(tx.externalId(), tx));
        for (TransactionDocument tx : read) {
            assertThat(tx).usingRecursiveComparison().ignoringFields("id").isEqualTo(byId.get(tx.externalId()));
        }
        assertRollupsMatch(merchant, batch);
        MerchantDocument after = reload(merchant);
        assertThat(after.dataFrom()).isEqualTo(START);
        assertThat(after.dataTo()).as("the last sales settle a day later").isEqualTo(START.plusDays(10));
        assertThat(after.lastTransactionDay()).isEqualTo(START.plusDays(9));
        assertThat(after.dataVersion()).isEqualTo(1);
        assertThat(transactions.count(after, START, START.plusDays(2))).isEqualTo(3 * 41);
    }

    @Test
    void storingTheSameRowsAgainStoresNothingAndKeepsTheRollups() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> batch = days(merchant.id(), START, 5, 30, 2);
        writer.store(merchant, batch);

        List<TransactionDocument> again = new ArrayList<>(batch);
        again.addAll(batch.subList(0, 10));
        StoreResult result = writer.store(merchant, again);

        assertThat(result).isEqualTo(new StoreResult(0, again.size()));
        assertThat(readAll(merchant)).hasSize(batch.size());
        assertRollupsMatch(merchant, batch);
        assertThat(reload(merchant).dataVersion()).as("nothing changed, caches stay valid").isEqualTo(1);
    }

    @Test
    void aBusyDaySpillsIntoFurtherBucketsAndIsReadWhole() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> first = days(merchant.id(), START, 1, 1_500, 3);
        List<TransactionDocument> second = days(merchant.id(), START, 1, 3_000, 4);
        writer.store(merchant, first);
        writer.store(merchant, second);

        List<TransactionDocument> all = new ArrayList<>(first);
        all.addAll(second);
        assertThat(readAll(merchant)).hasSize(all.size()).isSortedAccordingTo(TransactionDays.TIME_ORDER);
        assertThat(mongo.getCollection(MerchantDataCollections.TRANSACTION_DAYS).countDocuments())
                .as("4,502 transactions in parts of at most %d", MerchantDataLayout.PART_SIZE).isEqualTo(3);
        assertRollupsMatch(merchant, all);
    }

    @Test
    void aWriteCutOffBeforeItsRollupsIsFinishedFromTheJournal() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> batch = days(merchant.id(), START, 4, 30, 5);
        writer.store(merchant, batch);
        // what a writer killed between its bucket writes and its rollups leaves behind
        mongo.getCollection(MerchantDataCollections.DAILY_SUMMARIES).deleteMany(Filters.eq("merchantId", merchant.id()));
        mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).insertOne(new Document("merchantId", merchant.id())
                .append("days", START.datesUntil(START.plusDays(4)).map(MerchantDataWriterIT::date).toList()));
        long version = reload(merchant).dataVersion();

        assertThat(writer.finishInterruptedWrites()).isEqualTo(1);

        assertRollupsMatch(merchant, batch);
        assertThat(reload(merchant).dataVersion()).isGreaterThan(version);
        assertThat(mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).countDocuments()).isZero();
    }

    @Test
    void theNextWriteOfTheMerchantFinishesAWriteThatWasCutOff() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> batch = days(merchant.id(), START, 3, 20, 10);
        writer.store(merchant, batch);
        mongo.getCollection(MerchantDataCollections.DAILY_SUMMARIES).deleteMany(Filters.eq("merchantId", merchant.id()));
        mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).insertOne(new Document("merchantId", merchant.id())
                .append("days", START.datesUntil(START.plusDays(3)).map(MerchantDataWriterIT::date).toList()));

        StoreResult retry = writer.store(merchant, batch);

        assertThat(retry.stored()).isZero();
        assertRollupsMatch(merchant, batch);
        assertThat(reload(merchant).dataVersion()).as("the finished rollups changed what readers see").isEqualTo(2);
        assertThat(mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).countDocuments()).isZero();
    }

    @Test
    void concurrentWritersOfOneMerchantLoseNothing() throws Exception {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> all = days(merchant.id(), START, 12, 60, 6);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoreResult>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int slice = i;
                List<TransactionDocument> part = all.stream()
                        .filter(tx -> Math.floorMod(tx.externalId().hashCode(), 12) == slice).toList();
                results.add(pool.submit(() -> writer.store(merchant, part)));
            }
            int stored = 0;
            for (Future<StoreResult> result : results) {
                stored += result.get().stored();
            }
            assertThat(stored).isEqualTo(all.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(readAll(merchant)).hasSize(all.size());
        assertRollupsMatch(merchant, all);
    }

    @Test
    void deletingAMerchantsDataRemovesEveryBucketAndRollupAndNothingElse() {
        MerchantDocument merchant = newMerchant();
        MerchantDocument other = newMerchant();
        writer.store(merchant, days(merchant.id(), START, 20, 10, 7));
        writer.store(other, days(other.id(), START, 3, 10, 8));

        assertThat(writer.delete(reload(merchant))).isEqualTo(20 * 11);

        assertThat(mongo.getCollection(MerchantDataCollections.TRANSACTION_DAYS)
                .countDocuments(Filters.eq("merchantId", merchant.id()))).isZero();
        assertThat(mongo.getCollection(MerchantDataCollections.DAILY_SUMMARIES)
                .countDocuments(Filters.eq("merchantId", merchant.id()))).isZero();
        assertThat(readAll(other)).hasSize(3 * 11);
    }

    @Test
    void aStoreOfLayoutZeroIsMigratedOnceAndReadersWaitForIt() {
        MerchantDocument merchant = newMerchant();
        List<TransactionDocument> legacy = new ArrayList<>(days(merchant.id(), START, 6, 25, 9));
        legacy.add(lateSale(merchant.id()));
        // layout 0 as the previous release wrote it: one document per transaction, and a rollup left short
        legacy.forEach(tx -> mongo.insert(tx, MerchantDataCollections.LEGACY_TRANSACTIONS));
        mongo.insert(new DailySummaryDocument(DailySummaryDocument.idOf(merchant.id(), START), merchant.id(), START,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, 1, null, null, null, null, null, 1, 0));
        assertThatThrownBy(new DataLayoutCheck(mongo)::requireCurrent)
                .isInstanceOf(DataLayoutNotReadyException.class).hasMessageContaining("being migrated");

        LayoutMigrations migrations = new LayoutMigrations(mongo,
                List.of(new BucketTransactionsMigration(mongo, writer)), Clock.systemUTC());
        assertThat(migrations.run()).isEqualTo(1);
        assertThat(migrations.run()).as("recorded, so not run again").isZero();

        assertThat(readAll(merchant)).hasSize(legacy.size());
        assertRollupsMatch(merchant, legacy);
        assertThat(mongo.collectionExists(MerchantDataCollections.LEGACY_TRANSACTIONS)).isFalse();
        assertThat(reload(merchant).lastTransactionDay()).isEqualTo(START.plusDays(5));
        new DataLayoutCheck(mongo).requireCurrent();
    }

    @Test
    void twoInstancesStartingTogetherMigrateOnceAndTheSecondWaitsForTheFirst() throws Exception {
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        LayoutMigration slow = new LayoutMigration() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public String description() {
                return "a migration that takes a while";
            }

            @Override
            public void apply() {
                if (running.incrementAndGet() > 1) {
                    overlapping.incrementAndGet();
                }
                applied.incrementAndGet();
                LockSupport.parkNanos(Duration.ofMillis(400).toNanos());
                running.decrementAndGet();
            }
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            var first = instances.submit(() -> new LayoutMigrations(mongo, List.of(slow), Clock.systemUTC()).run());
            var second = instances.submit(() -> new LayoutMigrations(mongo, List.of(slow), Clock.systemUTC()).run());

            assertThat(first.get() + second.get()).as("migrations run, by both instances together").isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        assertThat(applied).hasValue(1);
        assertThat(overlapping).hasValue(0);
        assertThat(mongo.getCollection(MerchantDataCollections.LAYOUT_MIGRATIONS).countDocuments()).isEqualTo(1);
        assertThat(mongo.getCollection(MerchantDataCollections.WRITE_LEASES).countDocuments())
                .as("the lock is released").isZero();
    }

    private static TransactionDocument lateSale(String merchantId) {
        return new TransactionDocument(null, merchantId, "late-1", START.plusDays(2).atTime(23, 59).atZone(ZONE)
                .toInstant(), ZONE.getId(), new BigDecimal("12.30"), Direction.IN, TransactionKind.SALE,
                PaymentChannel.ALIPAY, null, null, TransactionSource.IMPORTED, null, new BigDecimal("0.07"),
                START.plusDays(3), false, null);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
