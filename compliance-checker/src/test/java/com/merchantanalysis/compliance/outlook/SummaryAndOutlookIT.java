package com.merchantanalysis.compliance.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.compliance.support.CacheRedis;
import com.merchantanalysis.compliance.support.ComplianceApiTest;
import com.merchantanalysis.compliance.support.Language;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The gateway summary (cached in Redis, served without it) and the breach outlook, over real HTTP. */
class SummaryAndOutlookIT extends ComplianceApiTest {

    private static final String API = "/api/v1/compliance/merchants/";
    private static final LocalDate LAST = LocalDate.of(2025, 11, 30);

    @Autowired
    private StringRedisTemplate redis;

    /** Card sales each month with chargebacks rising by {@code step} percentage points a month from {@code start}. */
    private String disputeTrend(String name, double start, double step) {
        var history = MerchantData.salon(name + "-" + System.nanoTime(), 9, LAST, LAST);
        LocalDate month = LocalDate.of(2025, 6, 1);
        for (int m = 0; m < 6; m++, month = month.plusMonths(1)) {
            int chargebacks = (int) Math.round(6 * (start + step * m));
            for (int i = 0; i < 600; i++) {
                history.add(month.plusDays(i % 28).atTime(12, i % 60), new BigDecimal("150.00"), Direction.IN,
                        TransactionKind.SALE, PaymentChannel.UNIONPAY_CARD,
                        new Counterparty(CounterpartyType.PERSON, "c-" + m + "-" + i, false), null, null, false,
                        List.of());
            }
            for (int i = 0; i < chargebacks; i++) {
                history.add(month.plusDays(i % 28).atTime(19, i % 60), new BigDecimal("150.00"), Direction.OUT,
                        TransactionKind.CHARGEBACK, PaymentChannel.UNIONPAY_CARD,
                        new Counterparty(CounterpartyType.PERSON, "c-" + m + "-" + i, false), null, null, false,
                        List.of());
            }
        }
        // The merchant's last day with transactions, which ends the default period: one WeChat sale, outside
        // the card channels whose dispute ratio is forecast.
        history.add(LAST.atTime(12, 0), new BigDecimal("150.00"), Direction.IN, TransactionKind.SALE,
                PaymentChannel.WECHAT_PAY, new Counterparty(CounterpartyType.PERSON, "c-last", false), null, null,
                false, List.of());
        return store(history.withoutBusiness());
    }

    @Test
    void aRisingChargebackRatioIsForecastToCrossTheLineAndAFlatLowOneIsNot() {
        String rising = disputeTrend("rising", 0.4, 0.25);
        String flat = disputeTrend("flat", 0.3, 0.0);

        JsonNode up = http.get(API + rising + "/outlook", TestTokens.merchant(rising)).json();
        JsonNode level = http.get(API + flat + "/outlook", TestTokens.merchant(flat)).json();

        assertThat(up.get("asOf").asString()).isEqualTo("2025-11-30");
        JsonNode ecm = forecast(up, "Mastercard ECM");
        assertThat(ecm.get("month").asString()).isEqualTo("2025-12");
        assertThat(ecm.get("monthsOfHistory").asInt()).isEqualTo(6);
        assertThat(ecm.get("expectedRatio").asDouble()).isBetween(0.017, 0.021);
        assertThat(ecm.get("probability").asDouble()).isGreaterThan(0.6);
        assertThat(forecast(level, "Mastercard ECM").get("probability").asDouble()).isLessThan(0.01);
        // October (8 of 600, 1.33%) is within 80% of the 1.5% line; November (10 of 600) is over it, a finding
        var disputeNearMisses = new java.util.ArrayList<String>();
        up.get("nearMisses").forEach(n -> {
            if (n.get("ruleId").asString().equals("card-scheme-dispute-ratio")) {
                disputeNearMisses.add(n.get("from").asString());
            }
        });
        assertThat(disputeNearMisses).containsExactly("2025-10-01");
        assertThat(up.get("licences").get(0).get("daysUntilExpiry").asLong()).isPositive();
        assertThat(ecm.get("line").asString()).isEqualTo("Mastercard ECM（当月拒付100笔起适用）");
        Language.assertChinese(up, List.of("title", "detail", "line"));
        JsonNode english = Language.get(http, API + rising + "/outlook", TestTokens.merchant(rising), "en").json();
        Language.assertEnglish(english, List.of("title", "detail", "line"));
        assertThat(forecast(english, "Mastercard ECM").get("line").asString())
                .isEqualTo("Mastercard ECM (from 100 chargebacks a month)");
        assertThat(forecast(english, "Mastercard ECM").get("probability")).isEqualTo(ecm.get("probability"));
    }

    @Test
    void theSummaryHasTheGatewaysShapeAndIsCachedPerDataVersionAndPeriod() {
        String id = store(MerchantData.salon("summary-" + System.nanoTime(), 4, LocalDate.of(2025, 10, 1), LAST)
                .plantStructuring(LocalDate.of(2025, 11, 3), 2, 1)
                .plantLargeCash(LocalDate.of(2025, 11, 20), new BigDecimal("52000.00"), 1).build());
        String path = API + id + "/summary?from=2025-10-01&to=2025-11-30";

        var response = http.get(path, TestTokens.merchant(id));

        assertThat(response.status()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(summary.get("merchantId").asString()).isEqualTo(id);
        assertThat(summary.get("dataVersion").asLong()).isEqualTo(1);
        assertThat(summary.get("from").asString()).isEqualTo("2025-10-01");
        assertThat(summary.get("to").asString()).isEqualTo("2025-11-30");
        assertThat(summary.get("riskScore").isInt()).isTrue();
        assertThat(summary.get("level").asString()).isEqualTo("MEDIUM");
        JsonNode top = summary.get("topFindings").get(0);
        assertThat(top.get("ruleId").asString()).isEqualTo("cash-structuring");
        assertThat(top.get("severity").asString()).isEqualTo("HIGH");
        assertThat(top.has("ruleVersion") && top.has("title") && top.has("detail")).isTrue();
        // A finding asks for something to be done about a risk: no saving, so no yuan per month to rank by.
        assertThat(summary.has("actions")).isFalse();
        JsonNode action = summary.get("riskActions").get(0);
        assertThat(action.get("category").asString()).isEqualTo("cash");
        assertThat(action.get("risk").asString()).isEqualTo("HIGH");
        assertThat(action.has("monthlyImpactYuan")).isFalse();
        assertThat(action.get("title").asString()).isEqualTo("营业款按实际及时存入（每天或每隔几天），不要刻意控制在5万元以下。");
        assertThat(action.get("evidence").asString()).contains("略低于¥50,000.00的报告标准").contains("期间涉及金额");

        String key = "compliance-checker:summary:" + id + ":v1:2025-10-01:2025-11-30";
        assertThat(redis.hasKey(key)).isTrue();
        assertThat(http.get(path, TestTokens.analyst()).json()).isEqualTo(summary);
    }

    @Test
    void aSummaryAskedAtTheDataVersionTheCallerReadIsServedFromTheCacheWithoutReadingTheMerchant() {
        String id = store(MerchantData.salon("known-version-" + System.nanoTime(), 7, LocalDate.of(2025, 10, 1), LAST)
                .plantLargeCash(LocalDate.of(2025, 11, 20), new BigDecimal("52000.00"), 1).build());
        String path = API + id + "/summary?from=2025-10-01&to=2025-11-30";
        assertThat(http.get(path, TestTokens.merchant(id)).json().get("dataVersion").asLong()).isEqualTo(1);
        // New data raises the stored version; a caller that has read version 1 gets version 1's answer.
        mongo.updateFirst(Query.query(Criteria.where(MerchantFields.ID).is(id)),
                new Update().set(MerchantFields.DATA_VERSION, 2L), MerchantDocument.class);

        JsonNode known = http.get(path + "&dataVersion=1", TestTokens.merchant(id)).json();
        JsonNode neverReal = http.get(path + "&dataVersion=30", TestTokens.merchant(id)).json();

        assertThat(known.get("dataVersion").asLong()).as("served without reading the merchant").isEqualTo(1);
        assertThat(neverReal.get("dataVersion").asLong()).as("read and computed at the real version").isEqualTo(2);
        assertThat(redis.keys("compliance-checker:summary:" + id + ":v30:*")).isEmpty();
        assertThat(http.get(path + "&dataVersion=1", TestTokens.merchant("another-merchant")).status()).isEqualTo(404);
        assertThat(http.get(path + "&dataVersion=-1", TestTokens.merchant(id)).status()).isEqualTo(400);
    }

    @Test
    void oneCachedSummaryIsWordedForEachCallerChineseThenEnglish() {
        String id = store(MerchantData.salon("summary-words-" + System.nanoTime(), 5, LocalDate.of(2025, 10, 1), LAST)
                .plantStructuring(LocalDate.of(2025, 11, 3), 2, 1)
                .plantLargeCash(LocalDate.of(2025, 11, 20), new BigDecimal("52000.00"), 1)
                .plantExpiringLicence(LAST.minusDays(3)).build());
        String path = API + id + "/summary?from=2025-10-01&to=2025-11-30";

        JsonNode chinese = Language.get(http, path, TestTokens.merchant(id), "zh-CN").json();
        JsonNode english = Language.get(http, path, TestTokens.merchant(id), "en").json();

        assertThat(redis.keys("compliance-checker:summary:" + id + ":*"))
                .containsExactly("compliance-checker:summary:" + id + ":v1:2025-10-01:2025-11-30");
        Language.assertChinese(chinese, List.of("title", "detail", "evidence"));
        Language.assertEnglish(english, List.of("title", "detail", "evidence"));
        JsonNode action = riskAction(english, "cash");
        assertThat(action.get("title").asString()).isEqualTo("Deposit takings as they come (daily or every few days) "
                + "rather than in amounts shaped by the line.");
        assertThat(action.get("evidence").asString()).contains("just under the ¥50,000.00 reporting line")
                .containsPattern("Money involved over the period: ¥\\d{1,3}(,\\d{3})*\\.\\d{2}\\.$");
        assertThat(riskAction(english, "licence").get("evidence").asString())
                .startsWith("The food business licence no. ").doesNotContain("Money involved");
        assertThat(riskAction(chinese, "licence").get("evidence").asString()).startsWith("食品经营许可证（编号");
        // codes and figures are the same in both; a third caller in Chinese gets the first answer again
        assertThat(english.get("riskScore")).isEqualTo(chinese.get("riskScore"));
        assertThat(english.get("topFindings").findValuesAsString("ruleId"))
                .isEqualTo(chinese.get("topFindings").findValuesAsString("ruleId"));
        assertThat(http.get(path, TestTokens.analyst()).json()).isEqualTo(chinese);
    }

    @Test
    void withRedisDownTheSummaryIsStillServedAndTheCacheErrorIsCounted() {
        String id = store(MerchantData.salon("redis-down-" + System.nanoTime(), 6, LocalDate.of(2025, 11, 1), LAST)
                .build());
        double before = cacheErrors();
        CacheRedis.stop();
        try {
            var response = http.get(API + id + "/summary?from=2025-11-01&to=2025-11-30", TestTokens.admin());

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("merchantId").asString()).isEqualTo(id);
            assertThat(cacheErrors()).isGreaterThan(before);
        } finally {
            CacheRedis.restart();
            // The service's connection reconnects with a back-off: the next test must find Redis working.
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                    .until(() -> "PONG".equals(redis.execute(RedisConnection::ping)));
        }
    }

    @Test
    void withoutAPeriodTheSummaryCoversTheNinetyDaysUpToTheLastDayWithData() {
        String id = disputeTrend("default-period", 0.2, 0.0);

        JsonNode summary = http.get(API + id + "/summary", TestTokens.admin()).json();

        assertThat(summary.get("to").asString()).isEqualTo("2025-11-30");
        assertThat(summary.get("from").asString()).isEqualTo("2025-09-02");
    }

    private double cacheErrors() {
        String metrics = http.get("/actuator/prometheus", null).body();
        Matcher m = Pattern.compile("merchant_cache_errors_total\\{[^}]*cache=\"compliance-checker\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        double sum = 0;
        int lines = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            lines++;
        }
        assertThat(lines).as("cache error counters registered").isPositive();
        return sum;
    }

    private static JsonNode riskAction(JsonNode summary, String category) {
        for (JsonNode action : summary.get("riskActions")) {
            if (action.get("category").asString().equals(category)) {
                return action;
            }
        }
        throw new AssertionError("No " + category + " risk action in " + summary.get("riskActions"));
    }

    private static JsonNode forecast(JsonNode outlook, String line) {
        for (JsonNode f : outlook.get("forecasts")) {
            if (f.get("line").asString().startsWith(line + " ") || f.get("line").asString().startsWith(line + "（")) {
                return f;
            }
        }
        throw new AssertionError("No forecast for " + line + " in " + outlook.get("forecasts"));
    }
}
