package com.merchantanalysis.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.testsupport.EmbeddedMongo;
import com.merchantanalysis.common.testsupport.LoopbackPorts;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.MerchantDataTemplates;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * data-simulator's own jar as a separate process, killed with SIGKILL in the middle of writing and
 * started again on the same store: the retried simulation or import leaves no duplicate, no missing
 * transaction, rollups equal to a recomputation from the stored transactions, a raised dataVersion,
 * and a job that counts what it really stored.
 */
class KilledWriterIT {

    private static final String DATABASE = "killed_writer_it";
    private static final Path LOGS = Path.of("target", "killed-writer-it");
    private static final MongoClient client = MongoClients.create(EmbeddedMongo.stores().mongoUri(DATABASE));
    private static final MongoTemplate mongo = MerchantDataTemplates.of(client, DATABASE);

    private Process process;
    private TestHttp http;
    private static int starts;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @AfterAll
    static void drop() {
        client.getDatabase(DATABASE).drop();
        client.close();
    }

    private void start() throws IOException {
        int port = LoopbackPorts.unused();
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar().toString())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("data-simulator-" + ++starts + ".log").toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("MONGODB_URI", EmbeddedMongo.stores().mongoUri(DATABASE));
        builder.environment().put("JWT_SECRET", TestTokens.SECRET);
        process = builder.start();
        http = TestHttp.localhost(port);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(process.isAlive()).as("data-simulator exited; see %s", LOGS).isTrue();
            try {
                return http.get("/actuator/health/readiness", null).status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Path jar() {
        Path jar = Path.of("target", "data-simulator-" + System.getProperty("platform.version", "1.0.0-SNAPSHOT")
                + "-exec.jar");
        assertThat(jar).as("the packaged jar (failsafe runs after package)").isRegularFile();
        return jar;
    }

    private String newMerchant(String archetype) {
        var created = http.post("/api/v1/simulator/merchants", TestTokens.admin(),
                "{\"archetype\": \"" + archetype + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String simulate(String merchantId, String from, String to) {
        var job = http.post("/api/v1/simulator/merchants/" + merchantId + "/simulations", TestTokens.admin(),
                "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"seed\": 42}");
        assertThat(job.status()).isEqualTo(202);
        return job.json().get("id").asString();
    }

    private JsonNode job(String jobId) {
        return http.get("/api/v1/simulator/jobs/" + jobId, TestTokens.admin()).json();
    }

    private MerchantDocument merchant(String id) {
        return mongo.findById(id, MerchantDocument.class);
    }

    private long storedCount(String merchantId) {
        return MerchantDataStore.transactions(mongo, merchant(merchantId)).size();
    }

    /** No externalId twice on a day, rollups equal to a recomputation, and no write left half-done. */
    private void assertConsistent(String merchantId, long expectedTransactions) {
        List<TransactionDocument> stored = MerchantDataStore.transactions(mongo, merchant(merchantId));
        assertThat(stored).hasSize((int) expectedTransactions);
        Set<String> keys = new HashSet<>();
        stored.forEach(tx -> assertThat(keys.add(tx.timestamp().atZone(java.time.ZoneId.of(tx.zoneId()))
                .toLocalDate() + "|" + tx.externalId())).as("stored once: %s", tx.externalId()).isTrue());
        assertThat(MerchantDataStore.rollups(mongo, merchantId))
                .isEqualTo(MerchantDataStore.expectedRollups(mongo, merchant(merchantId)));
        assertThat(mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).countDocuments()).isZero();
    }

    @Test
    void aSimulationKilledTwiceMidWriteAndRunAgainEndsExact() throws Exception {
        start();
        String merchantId = newMerchant("convenience-store");
        long versionBefore = merchant(merchantId).dataVersion();
        // killed once early and once late in the year, each time while batches were being written
        for (long killAt : List.of(15_000L, 120_000L)) {
            String jobId = simulate(merchantId, "2025-01-01", "2025-12-31");
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> storedCount(merchantId) >= killAt);
            kill();
            start();
            assertThat(job(jobId).get("state").asString()).isEqualTo("FAILED");
            // the restart finished the cut-off batch (once the dead writer's lease expired, so that a write
            // it had already sent is in): rollups match what is stored, and readers were told
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).countDocuments() == 0);
            assertConsistent(merchantId, storedCount(merchantId));
            assertThat(merchant(merchantId).dataVersion()).isGreaterThan(versionBefore);
        }

        long before = storedCount(merchantId);
        String retry = simulate(merchantId, "2025-01-01", "2025-12-31");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(job(retry).get("state").asString()));
        var done = job(retry);
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        long generated = done.get("progress").get("transactionsGenerated").asLong();
        assertThat(done.get("progress").get("transactionsStored").asLong()).isEqualTo(generated - before);
        assertConsistent(merchantId, generated);
    }

    @Test
    void anImportKilledMidWriteAndSentAgainEndsExact() throws Exception {
        start();
        String merchantId = newMerchant("hotpot");
        int rows = 60_000;
        String csv = csv(rows);
        Thread upload = new Thread(() -> {
            try {
                importCsv(merchantId, csv);
            } catch (RuntimeException cutOff) {
                // the process died under it
            }
        });
        upload.start();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> storedCount(merchantId) >= 10_000);
        kill();
        upload.join(30_000);
        start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> mongo.getCollection(MerchantDataCollections.WRITE_JOURNAL).countDocuments() == 0);
        long storedWhenKilled = storedCount(merchantId);
        assertThat(storedWhenKilled).isLessThan(rows);
        assertConsistent(merchantId, storedWhenKilled);

        // the first import ran as a job: a restart cut it off, and it says so
        var jobs = mongo.getCollection(Jobs.COLLECTION).find(new Document("merchantId", merchantId))
                .into(new ArrayList<>());
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.getString("state")).isEqualTo("FAILED");
            assertThat(http.get("/api/v1/simulator/jobs/" + job.getObjectId("_id").toHexString(), TestTokens.admin())
                    .json().get("errors").get(0).asString()).startsWith("数据模拟服务重启，任务被中断");
        });

        var again = importCsv(merchantId, csv);

        assertThat(again.status()).isEqualTo(202);
        String retry = again.json().get("id").asString();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(job(retry).get("state").asString()));
        JsonNode done = job(retry);
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("result").get("stored").asLong()).isEqualTo(rows - storedWhenKilled);
        assertThat(done.get("result").get("duplicates").asLong()).isEqualTo(storedWhenKilled);
        assertConsistent(merchantId, rows);
    }

    private TestHttp.Response importCsv(String merchantId, String csv) {
        return http.send(http.request("/api/v1/simulator/merchants/" + merchantId + "/transactions:import",
                TestTokens.admin()).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** A bill of {@code rows} card sales over 60 days, in the import columns. */
    private static String csv(int rows) {
        StringBuilder csv = new StringBuilder("externalId,timestamp,amount,direction,kind,channel,counterpartyType,"
                + "counterpartyId,crossBorder,invoiceReference,fee,description\n");
        LocalDateTime start = LocalDate.of(2025, 5, 1).atTime(9, 0);
        DateTimeFormatter format = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        for (int i = 0; i < rows; i++) {
            LocalDateTime at = start.plusSeconds(86_400L * 60 * i / rows);
            csv.append("imp-").append(i).append(',').append(at.format(format)).append("+08:00,")
                    .append(10 + i % 300).append(".50,IN,SALE,WECHAT_PAY,PERSON,p").append(i % 97)
                    .append(",false,,0.06,午餐\n");
        }
        return csv.toString();
    }

    static {
        try {
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
