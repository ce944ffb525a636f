package com.merchantanalysis.simulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.DailySummaries;
import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.MerchantDataCollections;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.simulator.simulation.domain.SimulationJobDocument;
import com.merchantanalysis.common.text.Message;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Simulation jobs over real HTTP against the embedded MongoDB: start, follow, re-run, plant, delete. */
class SimulationApiIT extends ServiceApiTest {

    private static final String API = "/api/v1/simulator";

    @Autowired
    Jobs jobs;

    @Test
    void theArchetypesAreListedWithTheirChannels() {
        var archetypes = http.get(API + "/archetypes", TestTokens.analyst());

        assertThat(archetypes.status()).isEqualTo(200);
        assertThat(archetypes.json().findValuesAsString("name")).contains("hotpot", "fast-food", "convenience-store",
                "clothing-retail", "ecommerce");
        JsonNode hotpot = find(archetypes.json(), "hotpot");
        assertThat(hotpot.get("industry").asString()).isEqualTo("RESTAURANT");
        assertThat(hotpot.get("channels").findValuesAsString("channel")).contains("WECHAT_PAY", "DELIVERY_PLATFORM");
    }

    @Test
    void aSimulationRunsInTheBackgroundPlantsWhatWasAskedAndARerunStoresNothingNew() {
        String merchantId = createMerchant("hotpot");
        String body = """
                {"from": "2025-01-06", "to": "2025-03-16", "seed": 42,
                 "inject": [{"event": "LARGE_CASH_DEPOSIT", "from": "2025-03-03"}, {"event": "EXPIRING_LICENCE"}]}""";

        var started = http.post(API + "/merchants/" + merchantId + "/simulations", TestTokens.admin(), body);

        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo(API + "/jobs/" + jobId);
        assertThat(started.json().get("type").asString()).isEqualTo("SIMULATION");
        assertThat(started.json().get("progress").get("daysTotal").asInt()).isEqualTo(70);
        JsonNode done = awaitFinished(jobId);
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        JsonNode progress = done.get("progress");
        assertThat(progress.get("daysDone").asInt()).isEqualTo(70);
        long generated = progress.get("transactionsGenerated").asLong();
        assertThat(generated).isGreaterThan(4000);
        assertThat(progress.get("transactionsStored").asLong()).isEqualTo(generated);
        assertThat(progress.get("ratePerSecond").asDouble()).isPositive();
        assertThat(done.get("errors")).isEmpty();

        JsonNode large = plantedOf(done, "LARGE_CASH_DEPOSIT");
        assertThat(large.get("transactionCount").asInt()).isEqualTo(1);
        assertThat(large.get("from").asString()).isEqualTo("2025-03-03");
        assertThat(large.get("channel").isNull()).as("only channel events name a channel").isTrue();
        assertThat(large.get("service").asString() + ":" + large.get("finder").asString())
                .isEqualTo(PlantedEvent.LARGE_CASH_DEPOSIT.label());
        assertThat(stored(merchantId)).filteredOn(tx -> tx.labels().contains(PlantedEvent.LARGE_CASH_DEPOSIT.label()))
                .hasSize(1);
        assertThat(stored(merchantId)).hasSize((int) generated);

        JsonNode merchant = http.get(API + "/merchants/" + merchantId, TestTokens.admin()).json();
        assertThat(merchant.get("licences").findValuesAsString("validUntil")).contains("2025-04-30");
        assertThat(plantedOf(done, "EXPIRING_LICENCE").get("detail").asString()).endsWith("的有效期改为 2025年4月30日");
        assertThat(plantedOf(done, "LARGE_CASH_DEPOSIT").get("detail").asString())
                .isEqualTo("一笔 ¥52,000.00 到 ¥88,000.00 的现金存款");
        JsonNode inEnglish = http.send(http.request(API + "/jobs/" + jobId, TestTokens.admin())
                .header("Accept-Language", "en").GET()).json();
        assertThat(plantedOf(inEnglish, "EXPIRING_LICENCE").get("detail").asString()).endsWith("now valid until 30 Apr 2025");
        assertThat(plantedOf(inEnglish, "LARGE_CASH_DEPOSIT").get("detail").asString())
                .isEqualTo("one cash deposit of ¥52,000.00 to ¥88,000.00");
        long version = merchant.get("dataVersion").asLong();
        assertThat(version).isPositive();

        // Spring Festival 2025 (29 January): the restaurant's festival week is far below its March weeks.
        assertThat(meanDailySales(merchantId, "2025-01-29", "2025-02-04")
                / meanDailySales(merchantId, "2025-03-03", "2025-03-16")).isBetween(0.35, 0.8);

        var rerun = http.post(API + "/merchants/" + merchantId + "/simulations", TestTokens.admin(), body);
        JsonNode again = awaitFinished(rerun.json().get("id").asString());
        assertThat(again.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(again.get("progress").get("transactionsGenerated").asLong()).isEqualTo(generated);
        assertThat(again.get("progress").get("transactionsStored").asLong()).isZero();
        assertThat(again.get("progress").get("duplicates").asLong()).isEqualTo(generated);
        assertThat(stored(merchantId)).hasSize((int) generated);

        var list = http.get(API + "/merchants/" + merchantId + "/simulations", TestTokens.analyst()).json();
        assertThat(list.findValuesAsString("id")).containsExactly(rerun.json().get("id").asString(), jobId);
    }

    @Test
    void sixEighteenIsThePeakOfTheOnlineSellersYearAndItsReturnsFollow() {
        String merchantId = createMerchant("ecommerce");
        // An ordinary week in May, then 618's last days and the returns after it.
        for (String period : List.of("\"from\": \"2025-05-12\", \"to\": \"2025-05-16\"",
                "\"from\": \"2025-06-16\", \"to\": \"2025-06-24\"")) {
            var started = http.post(API + "/merchants/" + merchantId + "/simulations", TestTokens.admin(),
                    "{" + period + ", \"seed\": 618}");
            assertThat(awaitFinished(started.json().get("id").asString()).get("state").asString())
                    .isEqualTo("SUCCEEDED");
        }

        double ordinary = meanDailySales(merchantId, "2025-05-12", "2025-05-16");
        assertThat(meanDailySales(merchantId, "2025-06-18", "2025-06-18") / ordinary).isGreaterThan(4);
        assertThat(meanDailySales(merchantId, "2025-06-16", "2025-06-17") / ordinary).isBetween(1.5, 2.6);
        assertThat(meanRefunds(merchantId, "2025-06-20", "2025-06-24") / meanRefunds(merchantId, "2025-05-12",
                "2025-05-16")).isGreaterThan(2);
    }

    @Test
    void badRequestsAre400NamingTheField() {
        String merchantId = createMerchant("fast-food");
        String path = API + "/merchants/" + merchantId + "/simulations";

        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2025-01-01", "to": "2025-02-01", "seed": 1, "inject": [{"event": "BANK_ROBBERY"}]}""")))
                .isEqualTo("inject[0].event");
        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2021-01-01", "to": "2026-01-01", "seed": 1}"""))).isEqualTo("to");
        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2025-02-01", "to": "2025-01-01", "seed": 1}"""))).isEqualTo("to");
        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2025-01-01", "to": "2025-02-01"}"""))).isEqualTo("seed");
        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2025-01-01", "to": "2025-01-31", "seed": 1,
                 "inject": [{"event": "STRUCTURING", "from": "2025-01-30"}]}"""))).isEqualTo("inject[0].from");
        assertThat(http.post(path, TestTokens.analyst(), "{\"from\": \"2025-01-01\", \"to\": \"2025-01-02\", \"seed\": 1}")
                .status()).isEqualTo(403);
        assertThat(http.post(API + "/merchants/nobody/simulations", TestTokens.admin(),
                "{\"from\": \"2025-01-01\", \"to\": \"2025-01-02\", \"seed\": 1}").status()).isEqualTo(404);
        var unknownJob = http.get(API + "/jobs/no-such-job", TestTokens.admin());
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMerchantSeesItsOwnJobsOnly() {
        String own = createMerchant("convenience-store");
        String other = createMerchant("convenience-store");
        var started = http.post(API + "/merchants/" + own + "/simulations", TestTokens.admin(), """
                {"from": "2025-04-01", "to": "2025-04-02", "seed": 3}""");
        String jobId = started.json().get("id").asString();
        awaitFinished(jobId);

        assertThat(http.get(API + "/jobs/" + jobId, TestTokens.merchant(own)).status()).isEqualTo(200);
        assertThat(http.get(API + "/jobs/" + jobId, TestTokens.merchant(other)).status()).isEqualTo(404);
    }

    @Test
    void jobsInterruptedByARestartAreMarkedFailed() {
        SimulationJobDocument stale = mongo.insert(new SimulationJobDocument(null, "merchant-gone", JobState.RUNNING,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 1, List.of(), Instant.now(), Instant.now(), null,
                40, 365, 12_000, 12_000, 0, 5000, List.of(), List.of(), JobType.SIMULATION));

        jobs.failInterruptedJobs();

        SimulationJobDocument after = mongo.findById(stale.id(), SimulationJobDocument.class);
        assertThat(after.state()).isEqualTo(JobState.FAILED);
        assertThat(after.errors()).containsExactly(Message.of("job.interruptedByRestart"));
        assertThat(after.finishedAt()).isNotNull();
    }

    @Test
    void deletingAMerchantDeletesItsTransactionsRollupsAndJobs() {
        String merchantId = createMerchant("clothing-retail");
        var started = http.post(API + "/merchants/" + merchantId + "/simulations", TestTokens.admin(), """
                {"from": "2025-04-01", "to": "2025-04-20", "seed": 5}""");
        awaitFinished(started.json().get("id").asString());
        assertThat(stored(merchantId)).isNotEmpty();

        assertThat(http.delete(API + "/merchants/" + merchantId, TestTokens.admin()).status()).isEqualTo(204);

        // scanned on purpose: nothing of the merchant may be left anywhere
        assertThat(mongo.getCollection(MerchantDataCollections.TRANSACTION_DAYS)
                .countDocuments(new Document("merchantId", merchantId))).isZero();
        assertThat(mongo.getCollection(MerchantDataCollections.DAILY_SUMMARIES)
                .countDocuments(new Document("merchantId", merchantId))).isZero();
        assertThat(mongo.count(query(where("merchantId").is(merchantId)), SimulationJobDocument.class)).isZero();
        assertThat(mongo.findById(merchantId, MerchantDocument.class)).isNull();
    }

    @Test
    void aPlantedCashShortfallIsADeclineAndTheJobSaysTheDayTheBalanceWentBelowZero() {
        String merchantId = createMerchant("hotpot");
        String path = API + "/merchants/" + merchantId + "/simulations";
        assertThat(field(http.post(path, TestTokens.admin(), """
                {"from": "2025-06-01", "to": "2025-10-31", "seed": 7,
                 "inject": [{"event": "CASH_SHORTFALL", "from": "2025-07-01", "to": "2025-07-10"}]}""")))
                .isEqualTo("inject[0].to");

        var started = http.post(path, TestTokens.admin(), """
                {"from": "2025-06-01", "to": "2025-10-31", "seed": 7,
                 "inject": [{"event": "CASH_SHORTFALL", "from": "2025-07-01", "to": "2025-09-30"}]}""");
        JsonNode shortfall = plantedOf(awaitFinished(started.json().get("id").asString()), "CASH_SHORTFALL");

        LocalDate crossed = LocalDate.parse(shortfall.get("floorCrossedOn").asString());
        assertThat(crossed).isBetween(LocalDate.of(2025, 9, 20), LocalDate.of(2025, 10, 7));
        assertThat(shortfall.get("from").asString()).isEqualTo("2025-07-01");
        assertThat(shortfall.get("to").asString()).isEqualTo(crossed.toString());
        // The balance the other services read (opening balance plus the daily summaries) first ends a day
        // below zero on that day.
        BigDecimal balance = mongo.findById(merchantId, MerchantDocument.class).openingCashBalance();
        LocalDate firstBelow = null;
        for (DailySummaryDocument day : days(merchantId, "2025-06-01", "2025-10-31")) {
            balance = balance.add(day.net());
            if (firstBelow == null && balance.signum() < 0 && !day.date().isBefore(LocalDate.of(2025, 7, 1))) {
                firstBelow = day.date();
            }
        }
        assertThat(firstBelow).isEqualTo(crossed);
        assertThat(stored(merchantId)).filteredOn(tx -> tx.labels().contains(PlantedEvent.CASH_SHORTFALL.label()))
                .hasSize(shortfall.get("transactionCount").asInt())
                .allSatisfy(tx -> assertThat(tx.kind()).isEqualTo(TransactionKind.MARKETING));
    }

    @Test
    void theSimulatorsMetricsAreThereFromTheStart() {
        var metrics = TestHttp.localhost(port).get("/actuator/prometheus", null);

        assertThat(metrics.body()).contains("simulator_transactions_generated_total", "simulator_jobs_active",
                "simulator_transactions_stored_total");
    }

    private String createMerchant(String archetype) {
        var created = http.post(API + "/merchants", TestTokens.admin(), "{\"archetype\": \"" + archetype + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode awaitFinished(String jobId) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(
                () -> http.get(API + "/jobs/" + jobId, TestTokens.admin()).json(),
                job -> JobState.valueOf(job.get("state").asString()).isFinished());
    }

    private double meanDailySales(String merchantId, String from, String to) {
        return days(merchantId, from, to).stream().mapToDouble(day -> day.salesByChannel().values().stream()
                .mapToDouble(BigDecimal::doubleValue).sum()).sum() / daysBetween(from, to);
    }

    private double meanRefunds(String merchantId, String from, String to) {
        return days(merchantId, from, to).stream().mapToDouble(DailySummaryDocument::refundCount).sum()
                / daysBetween(from, to);
    }

    private List<DailySummaryDocument> days(String merchantId, String from, String to) {
        return new DailySummaries(mongo).between(merchantId, LocalDate.parse(from), LocalDate.parse(to));
    }

    private List<TransactionDocument> stored(String merchantId) {
        return MerchantDataStore.transactions(mongo, mongo.findById(merchantId, MerchantDocument.class));
    }

    private static long daysBetween(String from, String to) {
        return LocalDate.parse(to).toEpochDay() - LocalDate.parse(from).toEpochDay() + 1;
    }

    private static String field(TestHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").get(0).get("field").asString();
    }

    private static JsonNode plantedOf(JsonNode job, String event) {
        for (JsonNode planted : job.get("planted")) {
            if (planted.get("event").asString().equals(event)) {
                return planted;
            }
        }
        throw new AssertionError("Nothing planted for " + event + " in " + job);
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode node : array) {
            if (node.get("name").asString().equals(name)) {
                return node;
            }
        }
        throw new AssertionError(name + " not in " + array);
    }
}
