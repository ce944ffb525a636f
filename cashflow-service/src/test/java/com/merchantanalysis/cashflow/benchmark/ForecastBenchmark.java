package com.merchantanalysis.cashflow.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.merchantanalysis.cashflow.CashflowServiceApplication;
import com.merchantanalysis.cashflow.forecast.domain.CalendarFeatures;
import com.merchantanalysis.cashflow.forecast.domain.ForecastSettings;
import com.merchantanalysis.cashflow.forecast.model.Backtest;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.EngineSettings;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;
import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Prints (1) fit + 90-day forecast with 80/95% intervals for one merchant with three years of daily
 * history (p50/p90 ms), (2) {@code POST /api/v1/cashflow/forecast} throughput against the running
 * service, and (3) the accuracy table on simulated archetypes (MASE, sMAPE, coverage per method).
 * Not run by {@code verify}. Run from the repository root:
 * <pre>
 * ./mvnw -B -ntp -o -q -pl cashflow-service test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd cashflow-service && java -cp "$(cat target/test-classpath.txt):target/classes:target/test-classes" \
 *     com.merchantanalysis.cashflow.benchmark.ForecastBenchmark [--no-http] [--no-accuracy]
 * </pre>
 */
public final class ForecastBenchmark {

    private static final double[] LEVELS = {80, 95};
    private static final LocalDate START = LocalDate.of(2022, 7, 1);
    private static final int THREE_YEARS = 1096;

    public static void main(String[] args) throws Exception {
        ForecastSettings settings = new ForecastSettings(14, 371, 1100, 730, 3, 1000, 3, 28, 56, 0,
                List.of(TransactionKind.RENT, TransactionKind.PAYROLL), 90, 10, 7,
                EngineSettings.DEFAULT_INTERVAL_WIDENING);
        CalendarFeatures calendar = new CalendarFeatures(settings);
        ForecastEngine engine = new ForecastEngine(EngineSettings.defaults());
        boolean http = !Arrays.asList(args).contains("--no-http");
        boolean accuracy = !Arrays.asList(args).contains("--no-accuracy");

        fitAndForecast(engine, calendar);
        if (http) {
            postThroughput();
        }
        if (accuracy) {
            accuracyTable(engine, calendar);
        }
        System.exit(0);
    }

    private static void fitAndForecast(ForecastEngine engine, CalendarFeatures calendar) {
        double[] sales = new SimulatedMerchant(SimulatedMerchant.HOTPOT, 42).sales(START, THREE_YEARS);
        int warmup = 40;
        int runs = 100;
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        String model = null;
        for (int i = 0; i < warmup + runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SeriesInput input = new SeriesInput(sales, 7, calendar.regressors(START, sales.length, 90),
                    calendar.eventDays(START, sales.length));
            EngineResult result = engine.forecast(input, 90, LEVELS);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (i >= warmup) {
                millis[i - warmup] = (t1 - t0) / 1e6;
                cpuMillis[i - warmup] = (c1 - c0) / 1e6;
            }
            model = result.best().model();
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("%n== Fit + 90-day forecast with 80/95%% intervals, 3 years of daily history (%d days)%n",
                sales.length);
        System.out.printf("model: %s%n", model);
        System.out.printf("per series: p50 %.1f ms, p90 %.1f ms, min %.1f ms (%d runs after %d warm-up)%n",
                millis[runs / 2], millis[(int) (runs * 0.9)], millis[0], runs, warmup);
        // CPU time of the forecasting thread: what one series costs when the cores are shared with other work.
        System.out.printf("per series CPU time: p50 %.1f ms, p90 %.1f ms, min %.1f ms; machine load average %.1f%n",
                cpuMillis[runs / 2], cpuMillis[(int) (runs * 0.9)], cpuMillis[0],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void postThroughput() throws Exception {
        LocalStores stores = LocalStores.start(0, 0, null);
        ConfigurableApplicationContext app = new SpringApplication(CashflowServiceApplication.class).run(
                "--server.port=0", "--spring.mongodb.uri=" + stores.mongoUri("benchmark"),
                "--spring.data.redis.url=" + stores.redisUri(), "--merchant.security.jwt.secret=" + TestTokens.SECRET,
                "--logging.level.root=WARN");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        double[] sales = new SimulatedMerchant(SimulatedMerchant.CAFE, 7).sales(START, 365);
        StringJoiner series = new StringJoiner(",", "[", "]");
        for (int t = 0; t < sales.length; t++) {
            series.add("{\"date\":\"" + START.plusDays(t) + "\",\"value\":" + sales[t] + "}");
        }
        String body = "{\"series\":" + series + ",\"frequency\":\"DAILY\",\"horizon\":30,\"levels\":[80,95]}";
        String token = TestTokens.analyst();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cashflow/forecast"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < 60; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        int threads = 2;
        long seconds = 15;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                        if (status == 200) {
                            done.incrementAndGet();
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(seconds * 1000);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%n== POST /api/v1/cashflow/forecast (365 daily points, horizon 30, levels 80/95), %d client "
                + "threads, %d s%n", threads, seconds);
        System.out.printf("throughput %.1f req/s, p50 %.1f ms, p90 %.1f ms, failures %d%n", done.get() / (double) seconds,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.9)] / 1e6, failed.get());
        app.close();
        stores.close();
    }

    private static void accuracyTable(ForecastEngine engine, CalendarFeatures calendar) {
        Backtest backtest = new Backtest(engine);
        System.out.printf("%n== Accuracy: daily sales of simulated archetypes, 3 years, rolling origin (5 origins x 28 "
                + "days), 5 seeds each%n");
        System.out.printf("%-12s %-14s %7s %8s %7s %7s %10s%n", "archetype", "method", "MASE", "sMAPE", "cov80", "cov95",
                "vs naive");
        Map<String, double[]> overall = new TreeMap<>();
        for (SimulatedMerchant.Profile profile : List.of(SimulatedMerchant.HOTPOT, SimulatedMerchant.CAFE,
                SimulatedMerchant.CONVENIENCE)) {
            Map<String, double[]> sums = new TreeMap<>();
            int seeds = 5;
            for (long seed = 1; seed <= seeds; seed++) {
                double[] sales = new SimulatedMerchant(profile, seed).sales(START, THREE_YEARS);
                SeriesInput input = new SeriesInput(sales, 7, calendar.regressors(START, sales.length, 28),
                        calendar.eventDays(START, sales.length));
                Backtest.Result result = backtest.run(input, 28, 5, LEVELS, 56);
                result.scores().forEach((method, s) -> {
                    double[] acc = sums.computeIfAbsent(method, k -> new double[4]);
                    acc[0] += s.mase() / seeds;
                    acc[1] += s.smape() / seeds;
                    acc[2] += s.coverage().get(80.0) / seeds;
                    acc[3] += s.coverage().get(95.0) / seeds;
                });
            }
            double naive = sums.get(ForecastEngine.SEASONAL_NAIVE)[0];
            for (String method : ForecastEngine.METHODS) {
                double[] s = sums.get(method);
                System.out.printf("%-12s %-14s %7.3f %7.2f%% %6.1f%% %6.1f%% %9.1f%%%n", profile.name(), method, s[0], s[1],
                        s[2], s[3], 100 * (s[0] / naive - 1));
                double[] o = overall.computeIfAbsent(method, k -> new double[4]);
                for (int i = 0; i < 4; i++) {
                    o[i] += s[i] / 3;
                }
            }
        }
        double naive = overall.get(ForecastEngine.SEASONAL_NAIVE)[0];
        for (String method : ForecastEngine.METHODS) {
            double[] s = overall.get(method);
            System.out.printf("%-12s %-14s %7.3f %7.2f%% %6.1f%% %6.1f%% %9.1f%%%n", "ALL", method, s[0], s[1], s[2], s[3],
                    100 * (s[0] / naive - 1));
        }
    }
}
