package com.merchantanalysis.simulator.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantanalysis.common.testsupport.ServiceApiTest;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The merchant API over real HTTP, against the embedded MongoDB wire-protocol server. */
class MerchantApiIT extends ServiceApiTest {

    private static final String MERCHANTS = "/api/v1/simulator/merchants";
    private static final String HOTPOT = """
            {"name": "老码头火锅", "industry": "RESTAURANT", "city": "Chengdu", "openingDate": "2021-05-01",
             "licences": [{"kind": "FOOD_BUSINESS_LICENCE", "number": "JY15101050012345", "validUntil": "2026-12-31"}],
             "openingCashBalance": 120000.00}
            """;

    @Test
    void anAdminCreatesAMerchantAndReadsItBack() {
        var created = http.post(MERCHANTS, TestTokens.admin(), HOTPOT);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(MERCHANTS + "/" + id);
        assertThat(created.json().get("channels")).hasSize(3);
        assertThat(created.json().get("zoneId").asString()).isEqualTo("Asia/Shanghai");

        JsonNode read = http.get(MERCHANTS + "/" + id, TestTokens.analyst()).json();
        assertThat(read.get("name").asString()).isEqualTo("老码头火锅");
        assertThat(read.get("openingCashBalance").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(read.get("openingDate").asString()).isEqualTo("2021-05-01");
        assertThat(read.get("licences").get(0).get("validUntil").asString()).isEqualTo("2026-12-31");

        var page = http.get(MERCHANTS + "?size=100", TestTokens.admin()).json();
        assertThat(page.get("items").findValuesAsString("id")).contains(id);
    }

    @Test
    void aMerchantCreatedFromAnArchetypeTakesItsDefaultsAndTheOverrides() {
        var created = http.post(MERCHANTS, TestTokens.admin(), """
                {"archetype": "fast-food", "city": "Shenzhen", "cityTier": 1, "openingCashBalance": 50000.00}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode merchant = created.json();
        assertThat(merchant.get("archetype").asString()).isEqualTo("fast-food");
        assertThat(merchant.get("industry").asString()).isEqualTo("FAST_FOOD");
        assertThat(merchant.get("city").asString()).isEqualTo("Shenzhen");
        assertThat(merchant.get("cityTier").asInt()).isEqualTo(1);
        assertThat(merchant.get("openingCashBalance").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(merchant.get("name").asString()).isNotBlank();
        assertThat(merchant.get("channels").findValuesAsString("channel")).contains("DELIVERY_PLATFORM", "WECHAT_PAY");
        assertThat(merchant.get("licences").findValuesAsString("kind"))
                .containsExactlyInAnyOrder("BUSINESS_LICENCE", "FOOD_BUSINESS_LICENCE");
        assertThat(java.time.LocalDate.parse(merchant.get("licences").get(0).get("validUntil").asString()))
                .isAfter(java.time.LocalDate.now());
    }

    @Test
    void anUnknownArchetypeOrAMissingIndustryWithoutOneIs400() {
        var unknown = http.post(MERCHANTS, TestTokens.admin(), "{\"archetype\": \"casino\"}");
        var noIndustry = http.post(MERCHANTS, TestTokens.admin(), HOTPOT.replace("\"industry\": \"RESTAURANT\",", ""));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("archetype");
        assertThat(unknown.json().get("detail").asString()).contains("hotpot");
        assertThat(noIndustry.status()).isEqualTo(400);
        assertThat(noIndustry.json().get("errors").get(0).get("field").asString()).isEqualTo("industry");
    }

    @Test
    void aMerchantStoredBeforeArchetypesExistedIsStillReadable() {
        // As the first release stored merchants: no archetype, no city tier.
        var legacy = new org.bson.Document("name", "街角便利店").append("industry", "CONVENIENCE_STORE")
                .append("city", "Hangzhou").append("openingDate", java.time.LocalDate.of(2020, 6, 1))
                .append("zoneId", "Asia/Shanghai").append("openingCashBalance", new org.bson.types.Decimal128(8000))
                .append("dataVersion", 0L).append("createdAt", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        mongo.getCollection("merchants").insertOne(legacy);
        String id = legacy.getObjectId("_id").toHexString();

        var read = http.get(MERCHANTS + "/" + id, TestTokens.admin());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("cityTier").asInt()).isZero();
        assertThat(http.get(MERCHANTS + "?size=100", TestTokens.admin()).status()).isEqualTo(200);
    }

    @Test
    void aMerchantTokenSeesOnlyItsOwnMerchant() {
        String own = http.post(MERCHANTS, TestTokens.admin(), HOTPOT).json().get("id").asString();
        String other = http.post(MERCHANTS, TestTokens.admin(), HOTPOT).json().get("id").asString();

        assertThat(http.get(MERCHANTS + "/" + own, TestTokens.merchant(own)).status()).isEqualTo(200);
        var foreign = http.get(MERCHANTS + "/" + other, TestTokens.merchant(own));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("老码头");

        var list = http.get(MERCHANTS, TestTokens.merchant(own)).json();
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(own);
        assertThat(http.delete(MERCHANTS + "/" + other, TestTokens.merchant(own)).status()).isEqualTo(403);
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        var response = http.get(MERCHANTS, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().get("traceId").asString()).hasSize(32);

        var forged = http.get(MERCHANTS, TestTokens.admin() + "x");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void anAnalystCannotCreateMerchants() {
        var response = http.post(MERCHANTS, TestTokens.analyst(), HOTPOT);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidInputIsRejectedNamingTheFields() {
        var response = http.post(MERCHANTS, TestTokens.admin(), """
                {"name": " ", "industry": "RESTAURANT", "city": "Chengdu", "openingDate": "2021-05-01",
                 "channels": [{"channel": "ALIPAY", "feeRate": 0.5, "settlementLagDays": 1}],
                 "openingCashBalance": -1}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "channels[0].feeRate", "openingCashBalance");
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAre400() {
        var malformed = http.post(MERCHANTS, TestTokens.admin(), "{\"name\": ");
        var wrongEnum = http.post(MERCHANTS, TestTokens.admin(), HOTPOT.replace("RESTAURANT", "CASINO"));
        var unknown = http.post(MERCHANTS, TestTokens.admin(), HOTPOT.replace("\"city\"", "\"dataVersion\": 9, \"city\""));
        var badZone = http.post(MERCHANTS, TestTokens.admin(), HOTPOT.replace("\"city\"", "\"zoneId\": \"Mars/Base\", \"city\""));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.json().get("detail").asString()).startsWith("industry:");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("dataVersion");
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.json().get("errors").get(0).get("field").asString()).isEqualTo("zoneId");
        assertThat(malformed.body() + wrongEnum.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
    }

    @Test
    void pageSizesOutOfRangeAre400() {
        var response = http.get(MERCHANTS + "?size=1000000", TestTokens.admin());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void deletingRemovesTheMerchant() {
        String id = http.post(MERCHANTS, TestTokens.admin(), HOTPOT).json().get("id").asString();

        assertThat(http.delete(MERCHANTS + "/" + id, TestTokens.admin()).status()).isEqualTo(204);
        assertThat(http.get(MERCHANTS + "/" + id, TestTokens.admin()).status()).isEqualTo(404);
    }

    @Test
    void unknownPathsAndMethodsAreProblemJson() {
        var unknown = http.get("/api/v1/simulator/nothing-here", TestTokens.admin());
        var wrongMethod = http.send(http.request(MERCHANTS + "/x", TestTokens.admin())
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");

        var rejectedByTomcat = http.get(MERCHANTS + "/a%2Fb", TestTokens.admin());
        assertThat(rejectedByTomcat.status()).isEqualTo(400);
        assertThat(rejectedByTomcat.contentType()).startsWith("application/problem+json");
        assertThat(rejectedByTomcat.json().get("traceId").asString()).hasSize(32);
    }
}
