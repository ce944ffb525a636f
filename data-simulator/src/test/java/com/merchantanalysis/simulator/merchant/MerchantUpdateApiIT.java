package com.merchantanalysis.simulator.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.common.data.MerchantWriteLease;

import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** PATCH /merchants/{id} over real HTTP, against the embedded MongoDB wire-protocol server. */
class MerchantUpdateApiIT extends ServiceApiTest {

    private static final String MERCHANTS = "/api/v1/simulator/merchants";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NOODLES = """
            {"name": "街口面馆", "industry": "FAST_FOOD", "city": "Chongqing", "openingDate": "2022-03-01",
             "licences": [{"kind": "BUSINESS_LICENCE", "number": "92500000MA5U000001", "validUntil": "2042-02-28"},
                          {"kind": "FOOD_BUSINESS_LICENCE", "number": "JY15001030012345", "validUntil": "2026-11-30"}],
             "channels": [{"channel": "WECHAT_PAY", "feeRate": 0.006, "settlementLagDays": 1},
                          {"channel": "CASH", "feeRate": 0, "settlementLagDays": 0}],
             "openingCashBalance": 20000.00}
            """;

    @Autowired
    private Clock clock;

    private String create() {
        var created = http.post(MERCHANTS, TestTokens.admin(), NOODLES);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TestHttp.Response patch(String id, String token, String contentType, String body) {
        return http.send(http.request(MERCHANTS + "/" + id, token).header("Content-Type", contentType)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private TestHttp.Response patch(String id, String token, String body) {
        return patch(id, token, MERGE_PATCH, body);
    }

    private long dataVersion(String id) {
        return http.get(MERCHANTS + "/" + id, TestTokens.admin()).json().get("dataVersion").asLong();
    }

    @Test
    void anOpeningBalanceChangeRaisesTheDataVersionAndIsReadBack() {
        String id = create();
        long before = dataVersion(id);

        var patched = patch(id, TestTokens.admin(), "{\"openingCashBalance\": 35500.50}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("openingCashBalance").decimalValue()).isEqualByComparingTo("35500.50");
        assertThat(patched.json().get("dataVersion").asLong()).isEqualTo(before + 1);
        JsonNode read = http.get(MERCHANTS + "/" + id, TestTokens.analyst()).json();
        assertThat(read.get("openingCashBalance").decimalValue()).isEqualByComparingTo("35500.50");
        assertThat(read.get("dataVersion").asLong()).isEqualTo(before + 1);
        // everything left out is unchanged
        assertThat(read.get("name").asString()).isEqualTo("街口面馆");
        assertThat(read.get("channels")).hasSize(2);
        assertThat(read.get("licences")).hasSize(2);
    }

    @Test
    void theMerchantItselfRenewsItsFoodLicenceWithPlainJson() {
        String id = create();
        long before = dataVersion(id);

        var patched = patch(id, TestTokens.merchant(id), "application/json", """
                {"licences": [{"kind": "BUSINESS_LICENCE", "number": "92500000MA5U000001", "validUntil": "2042-02-28"},
                              {"kind": "FOOD_BUSINESS_LICENCE", "number": "JY15001030012345", "validUntil": "2031-11-29"}]}
                """);

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode food = http.get(MERCHANTS + "/" + id, TestTokens.merchant(id)).json().get("licences").get(1);
        assertThat(food.get("kind").asString()).isEqualTo("FOOD_BUSINESS_LICENCE");
        assertThat(food.get("validUntil").asString()).isEqualTo("2031-11-29");
        assertThat(dataVersion(id)).isEqualTo(before + 1);
    }

    @Test
    void profileAndChannelFeesChangeTogetherAndAnEditThatChangesNothingKeepsTheVersion() {
        String id = create();

        var patched = patch(id, TestTokens.admin(), """
                {"name": " 街口小面 ", "city": "Chengdu", "cityTier": 2,
                 "channels": [{"channel": "WECHAT_PAY", "feeRate": 0.0038, "settlementLagDays": 1},
                              {"channel": "ALIPAY", "feeRate": 0.0038, "settlementLagDays": 1}]}
                """);
        long version = patched.json().get("dataVersion").asLong();
        var again = patch(id, TestTokens.admin(), "{\"name\": \"街口小面\", \"openingCashBalance\": 20000}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode merchant = patched.json();
        assertThat(merchant.get("name").asString()).isEqualTo("街口小面");
        assertThat(merchant.get("city").asString()).isEqualTo("Chengdu");
        assertThat(merchant.get("cityTier").asInt()).isEqualTo(2);
        assertThat(merchant.get("channels").findValuesAsString("channel")).containsExactly("WECHAT_PAY", "ALIPAY");
        assertThat(merchant.get("channels").get(0).get("feeRate").decimalValue()).isEqualByComparingTo("0.0038");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("dataVersion").asLong()).isEqualTo(version);
    }

    @Test
    void anEditWaitsForTheWriterHoldingTheMerchantsLease() throws Exception {
        String id = create();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another writer (as another data-simulator instance would): the lease document, not this process's lock
        var writer = CompletableFuture.runAsync(() -> new MerchantWriteLease(mongo, clock).run(id, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        var edit = CompletableFuture.supplyAsync(() -> patch(id, TestTokens.admin(), "{\"openingCashBalance\": 1}"));
        try {
            // Still waiting a second later: the edit does not go through while the lease is held.
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !edit.isDone());
        } finally {
            release.countDown();
        }
        writer.get(30, TimeUnit.SECONDS);

        assertThat(edit.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingChanges() {
        String id = create();
        long before = dataVersion(id);

        var invalid = patch(id, TestTokens.admin(), """
                {"openingCashBalance": -5, "city": " ",
                 "channels": [{"channel": "ALIPAY", "feeRate": 0.5, "settlementLagDays": 1}],
                 "licences": [{"kind": "FOOD_BUSINESS_LICENCE", "number": "JY1", "validUntil": null}]}
                """);
        var removed = patch(id, TestTokens.admin(), "{\"name\": null}");
        var readOnly = patch(id, TestTokens.admin(), "{\"zoneId\": \"Europe/Paris\"}");
        var duplicate = patch(id, TestTokens.admin(), """
                {"channels": [{"channel": "CASH", "feeRate": 0, "settlementLagDays": 0},
                              {"channel": "CASH", "feeRate": 0, "settlementLagDays": 0}]}
                """);
        var wrongType = patch(id, TestTokens.admin(), "{\"openingCashBalance\": \"lots\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "openingCashBalance", "city", "channels[0].feeRate", "licences[0].validUntil");
        assertThat(invalid.json().get("traceId").asString()).hasSize(32);
        assertThat(removed.status()).isEqualTo(400);
        assertThat(removed.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(removed.json().get("detail").asString()).contains("cannot be removed");
        assertThat(readOnly.status()).isEqualTo(400);
        assertThat(readOnly.json().get("detail").asString()).contains("zoneId");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("channels");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("detail").asString()).startsWith("openingCashBalance");
        assertThat(dataVersion(id)).isEqualTo(before);
    }

    @Test
    void anArchetypesIndustryCannotBeChanged() {
        var created = http.post(MERCHANTS, TestTokens.admin(), "{\"archetype\": \"hotpot\"}");
        String id = created.json().get("id").asString();

        var response = patch(id, TestTokens.admin(), "{\"industry\": \"ECOMMERCE\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("industry");
    }

    @Test
    void anotherMerchantsTokenAnAnalystAndAnUnknownMerchantAreRefused() {
        String own = create();
        String other = create();
        long before = dataVersion(other);

        var foreign = patch(other, TestTokens.merchant(own), "{\"openingCashBalance\": 1}");
        var analyst = patch(other, TestTokens.analyst(), "{\"openingCashBalance\": 1}");
        var unknown = patch("no-such-merchant", TestTokens.admin(), "{\"openingCashBalance\": 1}");
        var noToken = patch(other, null, "{\"openingCashBalance\": 1}");

        // the same 404 as for a merchant that does not exist: nothing tells the caller it does
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("街口");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(noToken.status()).isEqualTo(401);
        JsonNode read = http.get(MERCHANTS + "/" + other, TestTokens.admin()).json();
        assertThat(read.get("openingCashBalance").decimalValue()).isEqualByComparingTo("20000.00");
        assertThat(read.get("dataVersion").asLong()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIs415NamingTheAcceptedTypes() {
        String id = create();

        var response = patch(id, TestTokens.admin(), "text/plain", "openingCashBalance=1");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Accept")).contains(MERGE_PATCH, "application/json");
    }
}
