package com.merchantanalysis.compliance.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.MerchantDataWriter;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDays;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataTemplates;
import com.merchantanalysis.compliance.check.domain.ComplianceReportDocument;
import com.merchantanalysis.compliance.engine.EngineResult;
import com.merchantanalysis.compliance.rules.domain.RuleSelection;
import com.merchantanalysis.compliance.support.Engines;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Rules over 1 and 20 merchant-years: (a) transactions per second through the engine with the data in
 * memory, (b) time to read the data from the store (embedded MongoDB wire server, the same by-key read of
 * day buckets the service does), (c) time per report end to end (merchant read, streamed read, engine, report
 * stored).
 * Run with {@code java -cp ... ComplianceEngineBenchmark [merchantYears]}; not part of the test suite.
 */
public final class ComplianceEngineBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final int ROUNDS = 5;

    private ComplianceEngineBenchmark() {
    }

    public static void main(String[] args) {
        int many = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<MerchantData.Result> histories = new ArrayList<>();
        String[] archetypes = { "hotpot", "convenience-store", "ecommerce", "salon" };
        long generated = System.nanoTime();
        for (int i = 0; i < many; i++) {
            histories.add(MerchantData.archetype(archetypes[i % archetypes.length], "bench-" + i, 100 + i, FROM, TO)
                    .plantStructuring(LocalDate.of(2025, 3, 3), 3, 2).plantCardCashOut(LocalDate.of(2025, 6, 1), 5)
                    .plantDisputeSpike(LocalDate.of(2025, 9, 1), 40).build());
        }
        List<MerchantDocument> merchants = histories.stream().map(MerchantData.Result::merchant).toList();
        List<List<TransactionDocument>> data = histories.stream().map(MerchantData.Result::transactions).toList();
        long total = data.stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "generated %d merchant-years, %,d transactions (1st: %s, %,d) in %.1f s%n",
                many, total, merchants.get(0).archetype(), data.get(0).size(), seconds(generated));

        // (a) engine only, data in memory; warmed up on all the data first, as a running service would be
        warmUp(merchants, data);
        inMemory("1 merchant-year", merchants.subList(0, 1), data.subList(0, 1));
        inMemory(many + " merchant-years", merchants, data);

        try (LocalStores stores = LocalStores.start(0, -1, null)) {
            MongoClient client = MongoClients.create(stores.mongoUri("bench"));
            MongoTemplate mongo = MerchantDataTemplates.of(client, "bench");
            MerchantDataWriter writer = new MerchantDataWriter(mongo, Clock.systemUTC());
            long loading = System.nanoTime();
            for (int i = 0; i < many; i++) {
                writer.store(mongo.insert(merchants.get(i)), data.get(i));
            }
            System.out.printf(Locale.ROOT, "stored %,d transactions in %.1f s%n", total, seconds(loading));
            TransactionDays reader = new TransactionDays(mongo);
            // as stored: the writer set each merchant's day range, which bounds the days read
            List<MerchantDocument> stored = merchants.stream()
                    .map(m -> mongo.findById(m.id(), MerchantDocument.class)).toList();

            storeAndReport("1 merchant-year", mongo, reader, stored.subList(0, 1));
            storeAndReport(many + " merchant-years", mongo, reader, stored);
            client.close();
        }
    }

    private static void warmUp(List<MerchantDocument> merchants, List<List<TransactionDocument>> data) {
        RuleSelection selection = RuleSelection.byEffectiveDate(Engines.CATALOGUE);
        long target = 3_000_000;
        for (long done = 0; done < target;) {
            for (int i = 0; i < merchants.size() && done < target; i++) {
                Engines.ENGINE.evaluate(merchants.get(i), FROM, TO, selection, data.get(i).iterator());
                done += data.get(i).size();
            }
        }
    }

    private static void inMemory(String label, List<MerchantDocument> merchants, List<List<TransactionDocument>> data) {
        long transactions = data.stream().mapToLong(List::size).sum();
        RuleSelection selection = RuleSelection.byEffectiveDate(Engines.CATALOGUE);
        double best = Double.MAX_VALUE;
        int findings = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            findings = 0;
            for (int i = 0; i < merchants.size(); i++) {
                findings += Engines.ENGINE.evaluate(merchants.get(i), FROM, TO, selection, data.get(i).iterator())
                        .findings().size();
            }
            best = Math.min(best, seconds(start));
        }
        System.out.printf(Locale.ROOT, "(a) engine, in memory, %-18s %,10d tx in %7.3f s = %,12.0f tx/s (%d findings)%n",
                label, transactions, best, transactions / best, findings);
    }

    private static void storeAndReport(String label, MongoTemplate mongo, TransactionDays reader,
            List<MerchantDocument> merchants) {
        RuleSelection selection = RuleSelection.byEffectiveDate(Engines.CATALOGUE);
        double readBest = Double.MAX_VALUE;
        double reportBest = Double.MAX_VALUE;
        long read = 0;
        // reads go by key (day buckets), so other merchants' data costs nothing: as many rounds as in memory
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            read = 0;
            for (MerchantDocument merchant : merchants) {
                try (Stream<TransactionDocument> transactions = reader.stream(merchant, FROM, TO)) {
                    read += transactions.count();
                }
            }
            readBest = Math.min(readBest, seconds(start));

            start = System.nanoTime();
            for (MerchantDocument m : merchants) {
                MerchantDocument merchant = mongo.findById(m.id(), MerchantDocument.class);
                EngineResult result;
                try (Stream<TransactionDocument> transactions = reader.stream(merchant, FROM, TO)) {
                    result = Engines.ENGINE.evaluate(merchant, FROM, TO, selection, transactions.iterator());
                }
                mongo.insert(new ComplianceReportDocument(UUID.randomUUID().toString(), merchant.id(),
                        merchant.dataVersion(), FROM, TO, null, result.rulesApplied(), result.transactionsEvaluated(),
                        result.risk(), result.findings(), result.nearMisses(),
                        java.time.Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            }
            reportBest = Math.min(reportBest, seconds(start));
        }
        int n = merchants.size();
        System.out.printf(Locale.ROOT, "(b) read from store,      %-18s %,10d tx in %7.3f s = %,12.0f tx/s, %.3f s per merchant-year%n",
                label, read, readBest, read / readBest, readBest / n);
        System.out.printf(Locale.ROOT, "(c) report end to end,    %-18s %.3f s per report (%.2f x the read time)%n",
                label, reportBest / n, reportBest / readBest);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
