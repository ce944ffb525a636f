package com.merchantanalysis.simulator.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.merchantanalysis.common.calendar.ChineseCalendar;
import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.localstores.LocalStores;
import com.merchantanalysis.simulator.DataSimulatorApplication;
import com.merchantanalysis.simulator.archetype.domain.Archetype;
import com.merchantanalysis.simulator.archetype.domain.ArchetypeCatalog;
import com.merchantanalysis.simulator.simulation.domain.DayModel;
import com.merchantanalysis.simulator.simulation.domain.MerchantSimulator;
import com.merchantanalysis.simulator.simulation.domain.PipelinedWriter;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;
import com.merchantanalysis.simulator.store.TransactionStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;

import org.bson.Document;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Prints, from one run: (a) transactions generated per second with no store, (b) the raw bulk-insert
 * rate of the embedded MongoDB wire server for the same documents one document each (already converted,
 * unordered {@code insert}, with layout 0's indexes: the old layout's ceiling), (c) transactions generated and stored per second through
 * {@link TransactionStore} the way a simulation job does it, and the simulator's peak heap; then the
 * live heap after 3 months, 1, 2 and 5 simulated years, to show it does not grow with the period.
 *
 * <p>The MongoDB server runs in a child JVM (as {@code run.sh} runs it), so the heap figures are the
 * simulator's own. Each merchant-year is stored into emptied collections, so that
 * the in-memory server holds one merchant-year at a time. Run it (not part of {@code verify}):
 *
 * <pre>
 * ./mvnw -q -o -pl data-simulator test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * cd data-simulator &amp;&amp; java -Xmx1g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     com.merchantanalysis.simulator.benchmark.SimulationBenchmark
 * </pre>
 *
 * Options (after the class name): {@code --merchants 20} {@code --days 365} {@code --archetype
 * convenience-store} (the one merchant-year; the 20 merchants cycle through every archetype),
 * {@code --generate-only} (just (a) and the heap check). Besides wall-clock rates it prints rates per
 * CPU-second (this JVM plus the server process), which stay meaningful on a shared, busy machine.
 */
public final class SimulationBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final int BATCH = 5000;
    /** As a simulation job runs by default (merchant.simulator.simulation.writers-per-simulation). */
    private static final int WRITERS = 2;
    private static final String RAW = "transactions_raw_benchmark";
    private static final String DATABASE = "simulation_benchmark";

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static ProcessHandle serverProcess;

    private final MongoTemplate mongo;
    private final TransactionStore store;
    private final ArchetypeCatalog catalog;
    private final ChineseCalendar calendar;
    private long checksum;

    private SimulationBenchmark(ConfigurableApplicationContext app, int port) {
        this.mongo = app.getBean(MongoTemplate.class);
        // It drops collections: make sure they are the child server's benchmark database and nothing else.
        String address = app.getEnvironment().getProperty("spring.mongodb.uri");
        if (!DATABASE.equals(mongo.getDb().getName()) || !("mongodb://127.0.0.1:" + port + "/" + DATABASE).equals(address)) {
            throw new IllegalStateException("Refusing to run against " + address);
        }
        this.store = app.getBean(TransactionStore.class);
        this.catalog = app.getBean(ArchetypeCatalog.class);
        this.calendar = app.getBean(ChineseCalendar.class);
    }

    public static void main(String[] args) throws Exception {
        int merchants = 20;
        int days = 365;
        String single = "convenience-store";
        boolean generateOnly = false;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--generate-only" -> {
                    generateOnly = true;
                    i--;
                }
                case "--merchants" -> merchants = Integer.parseInt(args[i + 1]);
                case "--days" -> days = Integer.parseInt(args[i + 1]);
                case "--archetype" -> single = args[i + 1];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        int port = freePort();
        Process server = startMongoServer(port);
        serverProcess = server.toHandle();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DataSimulatorApplication.class)
                .web(WebApplicationType.NONE)
                // Command-line arguments outrank application.yml, so nothing can point this at another server.
                .run("--spring.mongodb.uri=mongodb://127.0.0.1:" + port + "/" + DATABASE,
                        "--merchant.security.jwt.secret=benchmark-only-secret-0123456789-abcdefghij",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            new SimulationBenchmark(app, port).run(merchants, days, single, generateOnly);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void run(int merchantCount, int days, String singleArchetype, boolean onlyGenerate) {
        LocalDate to = FROM.plusDays(days - 1);
        List<MerchantDocument> one = List.of(merchant("bench-single", singleArchetype, 1));
        List<MerchantDocument> many = new ArrayList<>();
        List<Archetype> archetypes = new ArrayList<>(catalog.all());
        for (int i = 0; i < merchantCount; i++) {
            many.add(merchant("bench-" + i, archetypes.get(i % archetypes.size()).name(), 100 + i));
        }
        System.out.printf(Locale.ROOT, "SimulationBenchmark: %s..%s, %d processors, max heap %d MB%n", FROM, to,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        generateOnly(one, FROM, to.minusDays(days / 2)); // warm-up: JIT, calendar caches

        for (var scenario : List.of(new Scenario("1 merchant-year (" + singleArchetype + ")", one),
                new Scenario(merchantCount + " merchants x 1 year (all archetypes)", many))) {
            System.out.println();
            System.out.println("== " + scenario.name());
            resetPeak();
            Rate a = generateOnly(scenario.merchants(), FROM, to);
            long heapA = peakHeap();
            System.out.printf(Locale.ROOT, "(a) generated, no store:          %,10d tx in %6.2f s = %,9.0f tx/s  (%,9.0f tx per CPU-second, peak heap %d MB)%n",
                    a.count, a.seconds, a.perSecond(), a.count / a.cpuSeconds, heapA >> 20);
            if (onlyGenerate) {
                continue;
            }
            Rate b = rawInsert(scenario.merchants(), FROM, to);
            resetPeak();
            Rate c = generateAndStore(scenario.merchants(), FROM, to);
            long heapC = peakHeap();
            System.out.printf(Locale.ROOT, "(b) raw bulk insert (server):     %,10d tx in %6.2f s = %,9.0f tx/s  (%,9.0f tx per CPU-second)%n",
                    b.count, b.seconds, b.perSecond(), b.count / b.cpuSeconds);
            System.out.printf(Locale.ROOT, "(c) generated + stored via store: %,10d tx in %6.2f s = %,9.0f tx/s  (%,9.0f tx per CPU-second, peak heap %d MB) = %.0f%% of (b)%n",
                    c.count, c.seconds, c.perSecond(), c.count / c.cpuSeconds, heapC >> 20, 100 * c.perSecond() / b.perSecond());
        }
        heapOverTime(one.get(0));
        System.out.println("(checksum " + checksum + ")");
    }

    private record Scenario(String name, List<MerchantDocument> merchants) {
    }

    /** {@code cpuSeconds}: CPU time of the benchmark and the server process together (the machine is shared). */
    private record Rate(long count, double seconds, double cpuSeconds) {
        double perSecond() {
            return count / seconds;
        }
    }

    private Rate generateOnly(List<MerchantDocument> merchants, LocalDate from, LocalDate to) {
        long count = 0;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        Consumer<TransactionDocument> sink = tx -> checksum += tx.externalId().length();
        for (MerchantDocument merchant : merchants) {
            MerchantSimulator simulator = simulator(merchant);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                count += simulator.day(day, sink);
            }
        }
        return new Rate(count, seconds(start), (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    /** The same documents as (c), converted before the clock starts; only the server's inserts are timed. */
    private Rate rawInsert(List<MerchantDocument> merchants, LocalDate from, LocalDate to) {
        long count = 0;
        long nanos = 0;
        long cpu = 0;
        for (MerchantDocument merchant : merchants) {
            MongoCollection<Document> raw = rawCollection();
            MerchantSimulator simulator = simulator(merchant);
            List<Document> batch = new ArrayList<>(BATCH + 1024);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                simulator.day(day, tx -> {
                    Document document = new Document();
                    mongo.getConverter().write(tx, document);
                    batch.add(document);
                });
                if (batch.size() >= BATCH || day.equals(to)) {
                    long start = System.nanoTime();
                    long cpuStart = cpuNanos();
                    raw.insertMany(batch, new InsertManyOptions().ordered(false));
                    nanos += System.nanoTime() - start;
                    cpu += cpuNanos() - cpuStart;
                    count += batch.size();
                    batch.clear();
                }
            }
            raw.drop();
        }
        return new Rate(count, nanos / 1e9, cpu / 1e9);
    }

    /** What a simulation job does: generate day by day, batches written on a writer thread through the store. */
    private Rate generateAndStore(List<MerchantDocument> merchants, LocalDate from, LocalDate to) {
        ExecutorService writerThreads = Executors.newFixedThreadPool(WRITERS);
        long count = 0;
        long nanos = 0;
        long cpu = 0;
        try {
            for (MerchantDocument merchant : merchants) {
                resetStoreCollections();
                mongo.insert(merchant);
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                MerchantSimulator simulator = simulator(merchant);
                PipelinedWriter writer = new PipelinedWriter(writerThreads, WRITERS,
                        batch -> store.store(merchant, batch));
                List<TransactionDocument> batch = new ArrayList<>(BATCH + 1024);
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    simulator.day(day, batch::add);
                    if (batch.size() >= BATCH) {
                        writer.write(batch);
                        batch = new ArrayList<>(BATCH + 1024);
                    }
                }
                writer.write(batch);
                writer.flush();
                nanos += System.nanoTime() - start;
                cpu += cpuNanos() - cpuStart;
                count += writer.stored();
            }
        } finally {
            writerThreads.shutdownNow();
        }
        resetStoreCollections();
        return new Rate(count, nanos / 1e9, cpu / 1e9);
    }

    /** Live heap after a full GC as the simulated period grows: flat means nothing accumulates per day. */
    private void heapOverTime(MerchantDocument merchant) {
        System.out.println();
        System.out.println("== live heap while generating 5 years of " + merchant.archetype() + " (no store)");
        MerchantSimulator simulator = simulator(merchant);
        LocalDate to = FROM.plusYears(5).minusDays(1);
        long count = 0;
        int dayNumber = 0;
        Consumer<TransactionDocument> sink = tx -> checksum += tx.amount().scale();
        for (LocalDate day = FROM; !day.isAfter(to); day = day.plusDays(1)) {
            count += simulator.day(day, sink);
            dayNumber++;
            if (dayNumber == 90 || dayNumber == 365 || dayNumber == 730 || day.equals(to)) {
                System.gc();
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "after %4d days (%,10d tx): live heap %5.1f MB%n", dayNumber, count,
                        used / 1048576.0);
            }
        }
    }

    private MerchantSimulator simulator(MerchantDocument merchant) {
        Archetype archetype = catalog.find(merchant.archetype()).orElseThrow();
        return new MerchantSimulator(merchant, new DayModel(archetype, calendar, merchant.cityTier()),
                seedOf(merchant), PlantPlan.none(), merchant.openingCashBalance());
    }

    /** Each benchmark merchant runs with its own seed, kept in its name ("seed 7"). */
    private static long seedOf(MerchantDocument merchant) {
        return Long.parseLong(merchant.name().substring("seed ".length()));
    }

    private MerchantDocument merchant(String id, String archetypeName, long seed) {
        Archetype archetype = catalog.find(archetypeName).orElseThrow();
        return new MerchantDocument(id, "seed " + seed, archetype.industry(), archetype.defaults().city(),
                archetype.defaults().openingDate(), "Asia/Shanghai", List.of(), archetype.channelContracts(),
                new BigDecimal("100000.00"), 0, Instant.now(), archetype.name(), archetype.defaults().cityTier());
    }

    private MongoCollection<Document> rawCollection() {
        MongoCollection<Document> raw = mongo.getDb().getCollection(RAW);
        raw.drop();
        raw.createIndex(new Document("merchantId", 1).append("timestamp", 1), new IndexOptions().name("merchant_time"));
        raw.createIndex(new Document("merchantId", 1).append("externalId", 1),
                new IndexOptions().name("merchant_external_id").unique(true));
        return raw;
    }

    /** Empty day buckets and daily summaries, as a fresh database has them (they need no index but _id). */
    private void resetStoreCollections() {
        mongo.dropCollection(MerchantDataCollections.TRANSACTION_DAYS);
        mongo.dropCollection(MerchantDataCollections.DAILY_SUMMARIES);
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), MerchantDataCollections.MERCHANTS);
    }

    private static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** CPU time used so far by this JVM and the MongoDB server process. */
    private static long cpuNanos() {
        long own = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long server = serverProcess.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
        return own + server;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Process startMongoServer(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx6g", "-cp", System.getProperty("java.class.path"),
                LocalStores.class.getName(), "--mongo-port", Integer.toString(port), "--redis-port", "-1")
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("LocalStores ready")) {
            // startup chatter
        }
        if (line == null) {
            throw new IllegalStateException("The MongoDB server process did not start");
        }
        CompletableFuture.runAsync(() -> output.lines().forEach(l -> { }));
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
