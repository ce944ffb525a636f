package com.merchantanalysis.compliance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.compliance.support.ComplianceApiTest;
import com.merchantanalysis.compliance.support.Language;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Checks, stored reports and the rule catalogue over real HTTP against the embedded MongoDB. */
class ComplianceApiIT extends ComplianceApiTest {

    private static final String API = "/api/v1/compliance";
    private static final LocalDate FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate TO = LocalDate.of(2025, 11, 30);
    /** The fields of a report a person reads; the rest are codes, figures and dates. */
    private static final List<String> REPORT_TEXTS = List.of("title", "detail", "whatItMeans", "howToFix");

    private String plantedMerchant(String name) {
        return store(MerchantData.salon(name + "-" + System.nanoTime(), 3, FROM, TO)
                .plantStructuring(LocalDate.of(2025, 10, 6), 3, 2)
                .plantLargeCash(LocalDate.of(2025, 11, 12), new BigDecimal("61000.00"), 2)
                .plantExpiringLicence(TO.minusDays(3)).build());
    }

    private static String period(String from, String to) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }

    @Test
    void aCheckIsStoredWithEvidenceCitationsAndScoreAndCanBeReadBack() {
        String id = plantedMerchant("stored");

        var created = http.post(API + "/merchants/" + id + "/checks", TestTokens.merchant(id), period(FROM + "", TO + ""));

        assertThat(created.status()).isEqualTo(201);
        JsonNode report = created.json();
        assertThat(created.header("Location")).isEqualTo(API + "/reports/" + report.get("id").asString());
        assertThat(report.get("merchantId").asString()).isEqualTo(id);
        assertThat(report.get("dataVersion").asLong()).isEqualTo(1);
        assertThat(report.get("transactionsEvaluated").asLong()).isGreaterThan(1000);
        assertThat(report.get("findings").findValuesAsString("ruleId"))
                .contains("cash-structuring", "pboc-large-cash-0501", "licence-expiry");
        JsonNode structuring = finding(report, "cash-structuring");
        assertThat(structuring.get("severity").asString()).isEqualTo("HIGH");
        assertThat(structuring.get("ruleVersion").asInt()).isEqualTo(1);
        assertThat(structuring.get("citation").asString()).contains("中国人民银行令");
        assertThat(structuring.get("howToFix").asString()).isNotBlank();
        assertThat(structuring.get("evidence")).hasSize(3);
        assertThat(structuring.get("evidence").get(0).get("externalId").asString()).startsWith(id);
        assertThat(structuring.get("evidence").get(0).get("amount").decimalValue()).isBetween(
                new BigDecimal("40000"), new BigDecimal("50000"));
        assertThat(structuring.get("from").asString()).isEqualTo("2025-10-06");
        JsonNode licence = finding(report, "licence-expiry");
        assertThat(licence.get("severity").asString()).isEqualTo("HIGH");
        // structuring (HIGH) + large cash in CASH, expired licence (HIGH): a high finding makes it at least MEDIUM
        assertThat(report.get("level").asString()).isIn("MEDIUM", "HIGH");
        double dimensions = 0;
        for (JsonNode d : report.get("dimensions")) {
            dimensions += d.get("points").asDouble();
        }
        assertThat(report.get("riskScore").asInt()).isEqualTo((int) Math.round(dimensions)).isBetween(1, 100);
        assertThat(report.get("rulesApplied").get("card-scheme-dispute-ratio").get(0).asInt()).isEqualTo(1);

        var read = http.get(created.header("Location"), TestTokens.analyst());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(report);
    }

    @Test
    void aStoredReportReadsInChineseByDefaultAndInEnglishWhenAskedFor() {
        String id = plantedMerchant("bilingual");
        String location = http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), period(FROM + "", TO + ""))
                .header("Location");

        JsonNode unspecified = http.get(location, TestTokens.admin()).json();
        JsonNode chinese = Language.get(http, location, TestTokens.admin(), "zh-CN").json();
        JsonNode english = Language.get(http, location, TestTokens.admin(), "en-US,en;q=0.9").json();

        assertThat(chinese).isEqualTo(unspecified);
        Language.assertChinese(chinese, REPORT_TEXTS);
        Language.assertEnglish(english, REPORT_TEXTS);
        JsonNode largeCash = finding(english, "pboc-large-cash-0501");
        assertThat(largeCash.get("title").asString()).isEqualTo("Large cash day (0501)");
        assertThat(largeCash.get("detail").asString()).isEqualTo("Cash deposits and withdrawals of ¥61,000.00 on "
                + "12 Nov 2025, over 2 transactions, reach the ¥50,000.00 large-value reporting line; your bank "
                + "reports days like this.");
        assertThat(finding(chinese, "pboc-large-cash-0501").get("detail").asString()).isEqualTo(
                "2025年11月12日现金存取合计¥61,000.00（共2笔），达到¥50,000.00的大额交易报告标准，银行会按规定报告这样的日子。");
        // the licence is named, never by its code; the regulation keeps its published title in English too
        JsonNode licence = finding(english, "licence-expiry");
        assertThat(licence.get("detail").asString()).startsWith("The food business licence no. ");
        assertThat(finding(chinese, "licence-expiry").get("detail").asString()).startsWith("食品经营许可证（编号");
        assertThat(licence.get("citation").asString()).contains("《食品经营许可和备案管理办法》");
        // only the words change: codes, figures and evidence are the same in both
        assertThat(finding(english, "cash-structuring").get("evidence"))
                .isEqualTo(finding(chinese, "cash-structuring").get("evidence"));
        assertThat(english.get("riskScore")).isEqualTo(chinese.get("riskScore"));
    }

    @Test
    void theSameCheckTwiceGivesTheSameReportApartFromItsIdAndTime() {
        String id = plantedMerchant("repro");
        String body = period(FROM + "", TO + "");

        ObjectNode first = (ObjectNode) http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), body).json();
        ObjectNode second = (ObjectNode) http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), body).json();

        assertThat(first.get("id")).isNotEqualTo(second.get("id"));
        first.remove(List.of("id", "createdAt"));
        second.remove(List.of("id", "createdAt"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void reportsAreListedNewestFirstAndPaged() {
        String id = plantedMerchant("list");
        String older = http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), period("2025-10-01", "2025-10-31"))
                .json().get("id").asString();
        String newer = http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), period("2025-11-01", "2025-11-30"))
                .json().get("id").asString();

        JsonNode page = http.get(API + "/merchants/" + id + "/reports?size=1", TestTokens.merchant(id)).json();

        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsString("id")).containsExactly(newer);
        assertThat(http.get(API + "/merchants/" + id + "/reports?page=1&size=1", TestTokens.merchant(id)).json()
                .get("items").findValuesAsString("id")).containsExactly(older);
    }

    @Test
    void anotherMerchantsTokenGets404Everywhere() {
        String id = plantedMerchant("tenant");
        String other = merchant(List.of());
        String reportId = http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(), period(FROM + "", TO + ""))
                .json().get("id").asString();
        String stranger = TestTokens.merchant(other);

        var responses = List.of(
                http.get(API + "/reports/" + reportId, stranger),
                http.post(API + "/merchants/" + id + "/checks", stranger, period(FROM + "", TO + "")),
                http.get(API + "/merchants/" + id + "/reports", stranger),
                http.get(API + "/merchants/" + id + "/summary", stranger),
                http.get(API + "/merchants/" + id + "/outlook", stranger));

        for (var response : responses) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("JY-PLANTED").doesNotContain("riskScore");
        }
        // the same answer as for a merchant that does not exist
        assertThat(http.get(API + "/merchants/" + id + "/reports", stranger).json().get("detail").asString())
                .isEqualTo("No merchant with id '" + id + "'");
    }

    @Test
    void badPeriodsAndUnknownRuleSetsAre400NamingTheField() {
        String id = merchant(List.of());
        String path = API + "/merchants/" + id + "/checks";

        assertField(http.post(path, TestTokens.admin(), period("2025-11-02", "2025-11-01")), "from");
        assertField(http.post(path, TestTokens.admin(), period("2020-01-01", "2025-01-01")), "to");
        assertField(http.post(path, TestTokens.admin(), "{\"to\":\"2025-11-01\"}"), "from");
        assertField(http.post(path, TestTokens.admin(),
                "{\"from\":\"2025-10-01\",\"to\":\"2025-11-01\",\"ruleSetVersion\":\"1999.9\"}"), "ruleSetVersion");
        assertField(http.post(path, TestTokens.admin(), "{\"from\":\"01/10/2025\",\"to\":\"2025-11-01\"}"), "from");
        assertField(http.get(API + "/merchants/" + id + "/summary?from=2025-12-01&to=2025-11-01", TestTokens.admin()),
                "from");
        assertField(http.get(API + "/merchants/" + id + "/reports?size=0", TestTokens.admin()), "size");
        // exactly five years is allowed
        assertThat(http.post(path, TestTokens.admin(), period("2020-01-01", "2024-12-31")).status()).isEqualTo(201);
    }

    @Test
    void unknownMerchantsAndReportsAre404() {
        var check = http.post(API + "/merchants/nobody/checks", TestTokens.admin(), period("2025-10-01", "2025-10-31"));
        var report = http.get(API + "/reports/no-such-report", TestTokens.admin());

        assertThat(check.status()).isEqualTo(404);
        assertThat(report.status()).isEqualTo(404);
        assertThat(report.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPinnedRuleSetIsRecordedAndUsed() {
        String id = plantedMerchant("pinned");

        JsonNode report = http.post(API + "/merchants/" + id + "/checks", TestTokens.admin(),
                "{\"from\":\"2025-10-01\",\"to\":\"2025-11-30\",\"ruleSetVersion\":\"2026.1\"}").json();

        assertThat(report.get("ruleSetVersion").asString()).isEqualTo("2026.1");
        assertThat(report.get("rulesApplied").get("card-scheme-dispute-ratio").get(0).asInt()).isEqualTo(2);
    }

    @Test
    void theCatalogueListsEveryRuleWithItsVersionsAndCitations() {
        JsonNode catalogue = http.get(API + "/rules", TestTokens.merchant("anyone")).json();

        assertThat(catalogue.get("rules").findValuesAsString("id")).containsExactlyInAnyOrder(
                "pboc-large-cash-0501", "pboc-company-transfer-0502", "pboc-person-transfer-0503",
                "pboc-person-crossborder-0504", "cash-structuring", "card-cash-out", "card-scheme-dispute-ratio",
                "personal-collection-code", "licence-expiry", "b2b-invoice-missing", "cost-revenue-ratio");
        assertThat(catalogue.get("ruleSets").findValuesAsString("version")).containsExactly("2025.1", "2026.1");

        JsonNode versions = http.get(API + "/rules/card-scheme-dispute-ratio/versions", TestTokens.admin()).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("effectiveFrom").asString()).isEqualTo("2025-04-01");
        assertThat(versions.get(0).get("effectiveUntil").asString()).isEqualTo("2026-03-31");
        assertThat(versions.get(1).get("citation").asString()).contains("1.5%");
        assertThat(versions.get(1).get("parameters").get("programmes").get(0).get("ratio").asDouble()).isEqualTo(0.015);

        assertThat(versions.get(1).get("whatItMeans").asString()).contains("2026年4月");
        JsonNode english = Language.get(http, API + "/rules/card-scheme-dispute-ratio/versions", TestTokens.admin(), "en")
                .json();
        assertThat(english.get(1).get("whatItMeans").asString()).contains("stricter from April 2026");
        assertThat(english.get(1).get("citation").asString()).contains("from 1 April 2026");
        Language.assertChinese(catalogue, List.of("title", "description"));
        Language.assertEnglish(Language.get(http, API + "/rules", TestTokens.admin(), "en").json(),
                List.of("title", "description"));

        var unknown = http.get(API + "/rules/no-such-rule/versions", TestTokens.admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void findingsAndCheckTimesAreExportedWithEveryRuleRegisteredUpFront() {
        String metrics = http.get("/actuator/prometheus", null).body();

        for (String rule : List.of("pboc-large-cash-0501", "card-cash-out", "cost-revenue-ratio")) {
            for (String severity : List.of("LOW", "MEDIUM", "HIGH")) {
                assertThat(metrics).containsPattern("compliance_findings_total\\{[^}]*rule=\"" + rule
                        + "\",severity=\"" + severity + "\"");
            }
        }
        assertThat(metrics).contains("compliance_check_seconds_count");
        assertThat(metrics).contains("merchant_cache_errors_total{");
    }

    private static JsonNode finding(JsonNode report, String ruleId) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asString().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("No finding of " + ruleId);
    }

    private static void assertField(com.merchantanalysis.common.testsupport.TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains(field);
    }
}
