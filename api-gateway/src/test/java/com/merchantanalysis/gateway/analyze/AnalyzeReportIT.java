package com.merchantanalysis.gateway.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.gateway.support.GatewayWithFakeServices;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /merchant/analyze} through the real gateway: the report, who may ask for it, its cache. */
class AnalyzeReportIT extends GatewayWithFakeServices {

    @Test
    void aFullReportJoinsTheThreeSectionsAndRanksTheirActions() {
        String merchantId = newMerchant();
        String token = adminToken();

        var response = analyze(token, "?merchantId=" + merchantId);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("merchant").get("id").asString()).isEqualTo(merchantId);
        assertThat(report.get("merchant").get("name").asString()).isEqualTo("老码头火锅");
        assertThat(report.get("merchant").get("dataVersion").asLong()).isEqualTo(1);
        assertThat(report.get("consistent").asBoolean()).isTrue();
        for (String section : List.of("cash", "cost", "compliance")) {
            assertThat(report.get(section).get("status").asString()).as(section).isEqualTo("ok");
            assertThat(report.get(section).get("dataVersion").asLong()).as(section).isEqualTo(1);
        }
        JsonNode cash = report.get("cash").get("summary");
        assertThat(cash.get("projectedBalanceEnd").decimalValue()).isEqualByComparingTo("70321.46");
        assertThat(cash.get("projectedBalanceEnd").toString()).isEqualTo("70321.46");
        assertThat(cash.get("runwayDays").asInt()).isEqualTo(15);
        assertThat(report.get("cost").get("summary").get("feeOverchargeYuan").decimalValue())
                .isEqualByComparingTo("3800.00");
        assertThat(report.get("compliance").get("summary").get("level").asString()).isEqualTo("MEDIUM");
        assertThat(report.get("compliance").get("summary").get("topFindings").get(0).get("ruleId").asString())
                .isEqualTo("pboc-large-cash");
        assertThat(report.get("compliance").get("summary").get("topFindings").get(0).get("ruleVersion").asString())
                .as("a numeric rule version is read, not a reason to drop the section").isEqualTo("3");

        // Savings ranked by yuan; risks in their own list by level (section order among equals), with no yuan.
        JsonNode top = report.get("topActions");
        assertThat(top).hasSize(2);
        assertThat(top.get(0).get("section").asString()).isEqualTo("cost");
        assertThat(top.get(0).get("monthlyImpactYuan").decimalValue()).isEqualByComparingTo("3800.00");
        assertThat(top.get(0).get("derivation").asString()).contains("monthly WeChat Pay sales");
        assertThat(top.get(1).get("title").asString()).isEqualTo("Cut food waste");
        JsonNode risks = report.get("riskActions");
        assertThat(risks.findValuesAsString("title")).containsExactly(
                "Stop collecting business income on a personal QR code", "Cash likely to fall below ¥50,000.00 on 2026-07-15",
                "Renew food licence", "Import the records of rent");
        assertThat(risks.findValuesAsString("section")).containsExactly("compliance", "cash", "compliance", "cost");
        assertThat(risks.get(0).get("risk").asString()).isEqualTo("HIGH");
        assertThat(risks.get(0).has("monthlyImpactYuan")).isFalse();

        // Each service was asked with the caller's own token, so it checks the caller itself.
        assertThat(CASHFLOW.authorizations()).containsExactly("Bearer " + token);
        assertThat(COSTS.authorizations()).containsExactly("Bearer " + token);
        assertThat(COMPLIANCE.authorizations()).containsExactly("Bearer " + token);
    }

    @Test
    void everySectionIsAskedForTheSamePeriodAndTheReportSaysWhich() {
        LocalDate last = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
        LocalDate first = last.minusDays(40);
        String merchantId = newMerchantWithData(first, last);

        var response = analyze(adminToken(), "?merchantId=" + merchantId + "&horizon=14");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode parameters = response.json().get("parameters");
        // 41 days of data: the default period starts where the data starts, not 90 days back.
        assertThat(parameters.get("from").asString()).isEqualTo(first.toString());
        assertThat(parameters.get("to").asString()).isEqualTo(last.toString());
        // With the data version just read, which lets each service answer from its cache without reading it.
        String period = "dataVersion=1&from=" + first + "&to=" + last;
        assertThat(COSTS.summaryQueries()).containsExactly(period);
        assertThat(COMPLIANCE.summaryQueries()).containsExactly(period);
        assertThat(CASHFLOW.summaryQueries()).containsExactly("dataVersion=1&horizon=14&asOf=" + last);
    }

    @Test
    void aMerchantClientGetsItsOwnReportAndNoOther() {
        String own = newMerchant();
        String other = newMerchant();
        String token = TestTokens.merchant(own);

        var mine = analyze(token, "");
        var mineById = analyze(token, "?merchantId=" + own);
        var foreign = analyze(token, "?merchantId=" + other);
        var missing = analyze(adminToken(), "?merchantId=no-such-merchant");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("merchant").get("id").asString()).isEqualTo(own);
        assertThat(mineById.status()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().get("title")).isEqualTo(missing.json().get("title"));
        for (var service : List.of(CASHFLOW, COSTS, COMPLIANCE)) {
            assertThat(service.merchantsAsked()).as("nobody asked about the foreign merchant").containsOnly(own);
        }
    }

    @Test
    void badParametersAre400NamingTheField() {
        String merchantId = newMerchant();
        String token = TestTokens.token("analyst-bad-input", Role.ANALYST, null);

        var noMerchant = analyze(token, "");
        var horizonZero = analyze(token, "?merchantId=" + merchantId + "&horizon=0");
        var horizonTooLong = analyze(token, "?merchantId=" + merchantId + "&horizon=366");
        var badDate = analyze(token, "?merchantId=" + merchantId + "&from=2026-13-01");
        var backwards = analyze(token, "?merchantId=" + merchantId + "&from=2026-06-30&to=2026-01-01");

        assertField(noMerchant, "merchantId");
        assertField(horizonZero, "horizon");
        assertField(horizonTooLong, "horizon");
        assertField(badDate, "from");
        assertField(backwards, "from");
        assertThat(analyze(null, "?merchantId=" + merchantId).status()).isEqualTo(401);
    }

    private static void assertField(com.merchantanalysis.common.testsupport.TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void theSecondCallIsACacheHitAndNewDataIsAMiss() {
        String merchantId = newMerchant();
        String token = adminToken();

        var first = analyze(token, "?merchantId=" + merchantId + "&horizon=60");
        var second = analyze(token, "?merchantId=" + merchantId + "&horizon=60");

        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(second.header("X-Cache")).isEqualTo("HIT");
        assertThat(second.json().get("generatedAt")).isEqualTo(first.json().get("generatedAt"));
        assertThat(CASHFLOW.summaryCalls()).isEqualTo(1);
        assertThat(COSTS.summaryCalls()).isEqualTo(1);

        raiseDataVersion(merchantId);
        var afterImport = analyze(token, "?merchantId=" + merchantId + "&horizon=60");

        assertThat(afterImport.header("X-Cache")).isEqualTo("MISS");
        assertThat(afterImport.json().get("merchant").get("dataVersion").asLong()).isEqualTo(2);
        assertThat(afterImport.json().get("cash").get("dataVersion").asLong()).isEqualTo(2);
        assertThat(afterImport.json().get("cash").get("status").asString()).isEqualTo("ok");
        assertThat(CASHFLOW.summaryCalls()).isEqualTo(2);
        assertThat(COMPLIANCE.summaryCalls()).isEqualTo(2);
    }

    @Test
    void noCacheRecomputesTheReport() {
        String merchantId = newMerchant();
        String token = adminToken();
        analyze(token, "?merchantId=" + merchantId);

        var fresh = gateway.send(gateway.request("/merchant/analyze?merchantId=" + merchantId, token)
                .header("Cache-Control", "no-cache").GET());

        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.header("X-Cache")).isEqualTo("MISS");
        assertThat(CASHFLOW.summaryCalls()).isEqualTo(2);
        assertThat(COMPLIANCE.summaryCalls()).isEqualTo(2);
    }

    @Test
    void otherParametersAreAnotherCacheEntry() {
        String merchantId = newMerchant();
        String token = adminToken();

        analyze(token, "?merchantId=" + merchantId + "&from=2026-01-01&to=2026-03-31");
        var otherPeriod = analyze(token, "?merchantId=" + merchantId + "&from=2026-04-01&to=2026-06-30");
        var otherHorizon = analyze(token, "?merchantId=" + merchantId + "&from=2026-01-01&to=2026-03-31&horizon=90");

        assertThat(otherPeriod.header("X-Cache")).isEqualTo("MISS");
        assertThat(otherHorizon.header("X-Cache")).isEqualTo("MISS");
        assertThat(COSTS.summaryCalls()).as("the cost section for the first period came from its own cache")
                .isEqualTo(2);
        // The cash forecast stands on the period's end: another period is another forecast, and so is a horizon.
        assertThat(CASHFLOW.summaryQueries()).containsExactly("dataVersion=1&horizon=30&asOf=2026-03-31",
                "dataVersion=1&horizon=30&asOf=2026-06-30", "dataVersion=1&horizon=90&asOf=2026-03-31");
    }

    @Test
    void theReportIsInChineseUnlessEnglishIsAskedForAndEachLanguageIsCachedApart() {
        String merchantId = newMerchant();
        String token = adminToken();

        var chinese = analyze(token, "?merchantId=" + merchantId);
        var english = inEnglish("/merchant/analyze?merchantId=" + merchantId, token, false);

        assertThat(chinese.json().get("parameters").get("language").asString()).isEqualTo("zh-CN");
        assertThat(english.json().get("parameters").get("language").asString()).isEqualTo("en");
        assertThat(english.header("X-Cache")).as("not the Chinese report from the cache").isEqualTo("MISS");
        // The services are asked in the report's language; a section in one language never answers the other.
        assertThat(COSTS.languages()).containsExactly("zh-CN", "en");
        assertThat(CASHFLOW.languages()).containsExactly("zh-CN", "en");

        // The gateway's own sentences too.
        COMPLIANCE.stop();
        var chineseDown = gateway.send(gateway.request("/merchant/analyze?merchantId=" + merchantId, token)
                .header("Cache-Control", "no-cache").GET());
        var englishDown = inEnglish("/merchant/analyze?merchantId=" + merchantId, token, true);

        assertThat(chineseDown.json().get("compliance").get("detail").asString()).isEqualTo("服务无法连接");
        // By now the retries of the first report may have opened the circuit breaker.
        assertThat(englishDown.json().get("compliance").get("detail").asString())
                .isIn("not reachable", "not called: its circuit breaker is open after repeated failures");
    }

    private com.merchantanalysis.common.testsupport.TestHttp.Response inEnglish(String path, String token,
            boolean fresh) {
        var request = gateway.request(path, token).header("Accept-Language", "en-GB,en;q=0.9");
        return gateway.send((fresh ? request.header("Cache-Control", "no-cache") : request).GET());
    }

    @Test
    void aSectionComputedOnOtherDataIsStaleAndTheReportSaysSo() {
        String merchantId = newMerchant();
        SERVICE_VERSIONS.put(merchantId, 0L);

        var response = analyze(adminToken(), "?merchantId=" + merchantId);

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("cash").get("status").asString()).isEqualTo("stale");
        assertThat(report.get("cash").get("dataVersion").asLong()).isZero();
        assertThat(report.get("cash").get("detail").asString()).isEqualTo("基于数据版本 0 计算，商户数据已更新到版本 1");
        // A stale section still offers its actions and risks; only an unavailable one has none.
        assertThat(report.get("topActions")).hasSize(2);
        assertThat(report.get("riskActions")).hasSize(4);
    }

    @Test
    void sectionCountersAreThereFromTheStart() {
        String metrics = prometheus();

        for (String section : List.of("cash", "cost", "compliance")) {
            for (String status : List.of("ok", "stale", "unavailable")) {
                assertThat(metrics).contains("merchant_analyze_sections_total{")
                        .containsPattern("merchant_analyze_sections_total\\{[^}]*section=\"" + section
                                + "\"[^}]*status=\"" + status + "\"");
            }
        }
        assertThat(metrics).contains("merchant_cache_errors_total{").contains("gateway_ratelimiter_fail_open_total")
                .contains("resilience4j_circuitbreaker_state{");
    }
}
