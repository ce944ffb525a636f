package com.merchantanalysis.costs.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.StoreResult;
import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.costs.CostAnalyzerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Time per request of structure, anomalies and actions for one merchant-year of data (about 200k
 * transactions, read through the daily rollups), cold (Redis flushed, so computed) and cached. Not a
 * test: run it with {@code main} (see the README) and read the figures it prints.
 *
 * <p>Arguments: {@code [ordersPerDay=540] [coldRounds=5] [cachedRounds=50]}.
 */
public final class CostAnalysisBenchmark {

    private static final String ID = "benchmark-hotpot";
    private static final List<String> ANALYSES = List.of("structure", "anomalies", "actions");

    private CostAnalysisBenchmark() {
    }

    public static void main(String[] args) {
        double ordersPerDay = args.length > 0 ? Double.parseDouble(args[0]) : 540;
        int coldRounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int cachedRounds = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        try (LocalStores stores = LocalStores.start(0, 0, null)) {
            // As command-line arguments, which win over the service's own configuration files.
            ConfigurableApplicationContext app = new SpringApplicationBuilder(CostAnalyzerApplication.class).run(
                    "--server.port=0", "--spring.mongodb.uri=" + stores.mongoUri("merchant_analysis_benchmark"),
                    "--spring.data.redis.url=" + stores.redisUri(), "--merchant.security.jwt.secret=" + TestTokens.SECRET,
                    "--logging.level.root=WARN", "--spring.main.banner-mode=off");
            try {
                run(app, ordersPerDay, coldRounds, cachedRounds);
            } finally {
                app.close();
            }
        }
    }

    private static void run(ConfigurableApplicationContext app, double ordersPerDay, int coldRounds, int cachedRounds) {
        MongoTemplate mongo = app.getBean(MongoTemplate.class);
        StringRedisTemplate redis = app.getBean(StringRedisTemplate.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        TestHttp http = TestHttp.localhost(port);
        String token = TestTokens.admin();

        long generating = System.nanoTime();
        MerchantData.Result year = MerchantData.hotpot(ID, 2025, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)).ordersPerDay(ordersPerDay).rent("60000.00").build();
        long storing = System.nanoTime();
        mongo.insert(year.merchant());
        // The one way merchant data is written: buckets, daily summaries and the merchant's data range.
        StoreResult result = MerchantDataStore.writer(mongo).store(year.merchant(), year.transactions());
        long stored = System.nanoTime();
        MerchantDocument merchant = mongo.findById(ID, MerchantDocument.class);
        int summaries = app.getBean(DailySummaries.class).upTo(merchant, merchant.dataTo()).size();
        System.out.printf(Locale.ROOT, "data: %,d transactions, %d daily summaries (generated in %.1f s, stored in %.1f s)%n",
                result.stored(), summaries, (storing - generating) / 1e9, (stored - storing) / 1e9);

        for (String period : List.of("?from=2024-01-01&to=2024-12-31", "")) {
            System.out.println("period: " + (period.isEmpty() ? "default (the 90 days ending on the last day with data)"
                    : period.substring(1)));
            // One untimed round so the JIT and the connection pools are warm; "cold" below means uncached.
            ANALYSES.forEach(analysis -> call(http, token, analysis, period));
            for (String analysis : ANALYSES) {
                List<Double> cold = new ArrayList<>();
                for (int i = 0; i < coldRounds; i++) {
                    redis.execute((org.springframework.data.redis.core.RedisCallback<Void>) connection -> {
                        connection.serverCommands().flushAll();
                        return null;
                    });
                    cold.add(call(http, token, analysis, period));
                }
                List<Double> cached = new ArrayList<>();
                for (int i = 0; i < cachedRounds; i++) {
                    cached.add(call(http, token, analysis, period));
                }
                System.out.printf(Locale.ROOT, "  %-10s cold: median %7.1f ms, max %7.1f ms (n=%d) | cached: median %5.1f ms, p95 %5.1f ms (n=%d)%n",
                        analysis, median(cold), Collections.max(cold), coldRounds, median(cached), p95(cached),
                        cachedRounds);
            }
        }
    }

    /** One request over HTTP, in milliseconds; fails loudly on anything but 200. */
    private static double call(TestHttp http, String token, String analysis, String period) {
        long start = System.nanoTime();
        TestHttp.Response response = http.get("/api/v1/costs/merchants/" + ID + "/" + analysis + period, token);
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.status() != 200) {
            throw new IllegalStateException(analysis + " answered " + response.status() + ": " + response.body());
        }
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }
}
