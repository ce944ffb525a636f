package com.merchantanalysis.compliance.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.Licence;
import com.merchantanalysis.common.data.LicenceKind;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.compliance.support.ComplianceApiTest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The licence API over real HTTP, reading a merchant written straight into the embedded MongoDB. */
class LicenceApiIT extends ComplianceApiTest {

    private static final String MERCHANTS = "/api/v1/compliance/merchants/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void licencesAreFlaggedByTheConfiguredWindowsMostUrgentFirst() {
        String id = merchant(SHANGHAI, List.of(
                new Licence(LicenceKind.BUSINESS_LICENCE, "91510100MA6C0001X1", LocalDate.of(2026, 4, 1)),
                new Licence(LicenceKind.OTHER, "OT-2030", LocalDate.of(2030, 6, 30)),
                new Licence(LicenceKind.FOOD_BUSINESS_LICENCE, "JY15101050012345", LocalDate.of(2026, 1, 31)),
                new Licence(LicenceKind.HEALTH_PERMIT, "WS-2021-0042", LocalDate.of(2025, 12, 31)),
                new Licence(LicenceKind.FIRE_SAFETY_PERMIT, "XF-88", LocalDate.of(2026, 3, 2))));

        var response = http.get(MERCHANTS + id + "/licences?asOf=2026-01-01", TestTokens.merchant(id));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("merchantId").asString()).isEqualTo(id);
        assertThat(body.get("asOf").asString()).isEqualTo("2026-01-01");
        JsonNode licences = body.get("licences");
        assertThat(licences.findValuesAsString("kind")).containsExactly("HEALTH_PERMIT", "FOOD_BUSINESS_LICENCE",
                "FIRE_SAFETY_PERMIT", "BUSINESS_LICENCE", "OTHER");
        assertThat(licences.findValuesAsString("status"))
                .containsExactly("EXPIRED", "EXPIRING_30", "EXPIRING_60", "EXPIRING_90", "VALID");
        assertThat(licences.findValues("daysRemaining")).map(JsonNode::asLong)
                .containsExactly(-1L, 30L, 60L, 90L, 1641L);
        assertThat(licences.get(0).get("number").asString()).isEqualTo("WS-2021-0042");
        assertThat(licences.get(0).get("validUntil").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void withoutAsOfTheReviewIsForTodayInTheMerchantsZone() {
        // UTC+14: the merchant's today is not the UTC date for most of the day
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        LocalDate before = LocalDate.now(kiritimati);
        LocalDate validUntil = before.plusDays(200);
        String id = merchant(kiritimati, List.of(new Licence(LicenceKind.BUSINESS_LICENCE, "B-1", validUntil)));

        JsonNode body = http.get(MERCHANTS + id + "/licences", TestTokens.analyst()).json();
        LocalDate after = LocalDate.now(kiritimati);

        LocalDate asOf = LocalDate.parse(body.get("asOf").asString());
        assertThat(asOf).isBetween(before, after);
        assertThat(body.get("licences").get(0).get("daysRemaining").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(asOf, validUntil));
        assertThat(body.get("licences").get(0).get("status").asString()).isEqualTo("VALID");
    }

    @Test
    void withoutATokenTheAnswerIs401ProblemJson() {
        String id = merchant(SHANGHAI, List.of());

        var response = http.get(MERCHANTS + id + "/licences", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherMerchantsTokenGets404() {
        String id = merchant(SHANGHAI, List.of(new Licence(LicenceKind.HEALTH_PERMIT, "WS-SECRET", LocalDate.of(2026, 1, 1))));
        String other = merchant(SHANGHAI, List.of());

        var response = http.get(MERCHANTS + id + "/licences", TestTokens.merchant(other));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("WS-SECRET");
    }

    @Test
    void anAsOfThatIsNotADateIs400NamingAsOf() {
        String id = merchant(SHANGHAI, List.of());

        var response = http.get(MERCHANTS + id + "/licences?asOf=01/01/2026", TestTokens.admin());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("asOf");
    }

    private String merchant(ZoneId zone, List<Licence> licences) {
        String id = "compliance-" + UUID.randomUUID();
        mongo.insert(new MerchantDocument(id, "老码头火锅", Industry.RESTAURANT, "Chengdu", LocalDate.of(2021, 5, 1),
                zone.getId(), licences, List.of(), new BigDecimal("120000.00"), 1, Instant.now(), "hotpot", 2));
        return id;
    }
}
