package com.merchantanalysis.cashflow.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.cashflow.support.MerchantFixture;
import com.merchantanalysis.common.testsupport.MessageBundles;
import com.merchantanalysis.common.testsupport.TestHttp;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16: every sentence of the cash answers comes in Chinese (no Accept-Language, or zh-CN) or in
 * English (en), amounts as ¥1,234.56 and days as the reader writes them, with no enum code; the cached
 * answers keep the two languages apart.
 */
class BilingualAnswersIT extends CashflowApiTest {

    private static final String MERCHANTS = "/api/v1/cashflow/merchants/";
    private static final LocalDate START = LocalDate.of(2024, 6, 1);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** An amount as the bundles write it: thousands grouped, two decimals. */
    private static final Pattern MONEY = Pattern.compile("-?¥\\d{1,3}(,\\d{3})*\\.\\d{2}");

    @Autowired
    private StringRedisTemplate redis;

    @Test
    void aShortHistorysNotesAreChineseByDefaultEnglishOnAskAndNeverServedFromTheOtherLanguagesCache() {
        String id = MerchantFixture.store(mongo, new SimulatedMerchant(SimulatedMerchant.CAFE, 3), START, 10,
                new BigDecimal("5000.00"), 1);
        String token = TestTokens.merchant(id);
        String forecast = MERCHANTS + id + "/forecast?horizon=14";

        // Chinese first, so that the English answer below would come from the cache if its key lacked the language.
        JsonNode zh = get(forecast, token, null);
        JsonNode zhCn = get(forecast, token, "zh-CN");
        JsonNode en = get(forecast, token, "en");

        assertChinese(zh.get("note").asString()).isEqualTo(
                "历史数据只有 10 天，拟合预测模型至少需要 14 天：暂按最近一天的销售额预测。");
        assertThat(zhCn).isEqualTo(zh);
        assertEnglish(en.get("note").asString()).isEqualTo(
                "Only 10 days of history, and fitting a model needs at least 14: sales are forecast as on the last day.");
        assertThat(en.get("points")).as("only the words differ").isEqualTo(zh.get("points"));
        assertThat(redis.keys("cashflow-service:forecast:" + id + ":v1:*")).hasSize(2);

        String backtest = MERCHANTS + id + "/backtest?horizon=28&origins=3";
        assertChinese(get(backtest, token, "zh-CN").get("note").asString())
                .isEqualTo("历史数据不足，无法按这个预测期回测：需要 84 天，现有 10 天。");
        assertEnglish(get(backtest, token, "en-US").get("note").asString())
                .isEqualTo("Not enough history to backtest this horizon: 84 days needed, 10 available.");
    }

    @Test
    void theRunwaysDriversAndTheSummarysRiskActionAreWordedForTheReaderWithAmountsInYuan() {
        String id = struggling();
        String token = TestTokens.merchant(id);
        String runway = MERCHANTS + id + "/runway?floor=0&horizon=30&asOf=2025-02-26";

        JsonNode zh = get(runway, token, null);
        JsonNode en = get(runway, token, "en");

        JsonNode rentZh = driver(zh, "RENT");
        JsonNode rentEn = driver(en, "RENT");
        LocalDate due = LocalDate.parse(rentZh.get("date").asString());
        assertThat(rentZh.get("description").asString()).isEqualTo(
                due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日到期的房租");
        assertThat(rentEn.get("description").asString()).isEqualTo("Rent due on " + due.getDayOfMonth() + " "
                + due.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                + due.getYear());
        zh.get("drivers").forEach(d -> assertChinese(d.get("description").asString()));
        en.get("drivers").forEach(d -> assertEnglish(d.get("description").asString()));

        String summary = MERCHANTS + id + "/summary?horizon=30&asOf=2025-02-26";
        JsonNode riskZh = get(summary, token, "zh-CN").get("riskActions").get(0);
        JsonNode riskEn = get(summary, token, "en").get("riskActions").get(0);

        assertThat(riskZh.get("risk").asString()).as("codes stay codes for machines").isEqualTo("HIGH");
        assertChinese(riskZh.get("title").asString()).startsWith("预计").contains("现金余额将低于 ¥0.00");
        assertChinese(riskZh.get("evidence").asString()).contains("；主要原因：");
        assertEnglish(riskEn.get("title").asString()).startsWith("Cash is likely to fall below ¥0.00 on ")
                .endsWith(": arrange funds or move payments");
        assertEnglish(riskEn.get("evidence").asString()).startsWith("Projected balance ")
                .contains("; main driver: Rent due on ");
        for (JsonNode risk : List.of(riskZh, riskEn)) {
            assertAmountsInYuan(risk.get("title").asString());
            assertAmountsInYuan(risk.get("evidence").asString());
        }
    }

    @Test
    void aShortPostedSeriesIsToldSoInTheReadersLanguage() {
        String series = """
                {"series": [{"date": "2025-01-01", "value": 10}, {"date": "2025-02-01", "value": 12},
                            {"date": "2025-03-01", "value": 11}], "frequency": "MONTHLY", "horizon": 2}""";

        assertChinese(post("/api/v1/cashflow/forecast", TestTokens.analyst(), series, null).get("note").asString())
                .startsWith("只有 3 个数据点");
        assertEnglish(post("/api/v1/cashflow/forecast", TestTokens.analyst(), series, "en").get("note").asString())
                .startsWith("Only 3 observations");
    }

    @Test
    void requestChecksExplainThemselvesInTheReadersLanguage() {
        String id = MerchantFixture.store(mongo, new SimulatedMerchant(SimulatedMerchant.CAFE, 5), START, 30,
                new BigDecimal("5000.00"), 1);
        String token = TestTokens.merchant(id);

        assertThat(error(MERCHANTS + id + "/forecast?levels=80,100", token, null))
                .isEqualTo("区间水平是覆盖率百分比，须大于 0 且小于 100");
        assertThat(error(MERCHANTS + id + "/forecast?levels=80,100", token, "en"))
                .isEqualTo("a level is a coverage in percent strictly between 0 and 100");
        assertThat(error(MERCHANTS + id + "/forecast?asOf=2020-01-01", token, "zh-CN"))
                .isEqualTo("不能早于商户的开业日期 2024年6月1日");
        assertThat(error(MERCHANTS + id + "/balance?asOf=2020-01-01", token, "en"))
                .isEqualTo("must not be before the merchant's opening date, 1 Jun 2024");
        assertChinese(errorOf(post(MERCHANTS + id + "/scenarios", token, "{}", null))).startsWith("请至少给出");
        assertEnglish(errorOf(post(MERCHANTS + id + "/scenarios", token, "{}", "en"))).startsWith("give at least one of");
        assertEnglish(errorOf(post("/api/v1/cashflow/forecast", TestTokens.analyst(),
                "{\"series\": [{\"date\": \"2025-01-02\", \"value\": 1}, {\"date\": \"2025-01-01\", \"value\": 2}]}",
                "en"))).isEqualTo("must be after series[0].date (dates sorted, no duplicates)");
    }

    /** The restaurant of MerchantForecastApiIT's shortfall test: the rent of 1 March 2025 takes it below zero. */
    private String struggling() {
        SimulatedMerchant simulated = new SimulatedMerchant(MerchantForecastApiIT.STRUGGLING, 11);
        LocalDate start = LocalDate.of(2024, 9, 1);
        double[] book = MerchantFixture.balances(simulated, start, 200, 0);
        int dayBeforeRent = (int) (LocalDate.of(2025, 2, 28).toEpochDay() - start.toEpochDay());
        return MerchantFixture.store(mongo, simulated, start, 200,
                BigDecimal.valueOf(Math.round(15_000 - book[dayBeforeRent])), 3);
    }

    private JsonNode get(String path, String token, String language) {
        TestHttp.Response response = http.send(withLanguage(http.request(path, token), language).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode post(String path, String token, String json, String language) {
        return http.send(withLanguage(http.request(path, token), language).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))).json();
    }

    private String error(String path, String token, String language) {
        TestHttp.Response response = http.send(withLanguage(http.request(path, token), language).GET());
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return errorOf(response.json());
    }

    private static String errorOf(JsonNode problem) {
        return problem.get("errors").get(0).get("message").asString();
    }

    private static java.net.http.HttpRequest.Builder withLanguage(java.net.http.HttpRequest.Builder request,
            String language) {
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static JsonNode driver(JsonNode runway, String kind) {
        List<JsonNode> found = new ArrayList<>();
        runway.get("drivers").forEach(d -> {
            if (d.get("kind").asString().equals(kind)) {
                found.add(d);
            }
        });
        assertThat(found).as(runway.get("drivers").toString()).isNotEmpty();
        return found.get(0);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertChinese(String text) {
        assertThat(HAN.matcher(text).find()).as("Chinese: %s", text).isTrue();
        assertThat(MessageBundles.CODE.matcher(text).find()).as("a code in: %s", text).isFalse();
        return assertThat(text);
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertEnglish(String text) {
        assertThat(HAN.matcher(text).find()).as("English: %s", text).isFalse();
        assertThat(MessageBundles.CODE.matcher(text).find()).as("a code in: %s", text).isFalse();
        return assertThat(text);
    }

    /** Every ¥ begins an amount with grouped thousands and two decimals. */
    private static void assertAmountsInYuan(String text) {
        int amounts = 0;
        Matcher money = MONEY.matcher(text);
        while (money.find()) {
            amounts++;
        }
        assertThat(amounts).as(text).isPositive().isEqualTo(text.length() - text.replace("¥", "").length());
    }
}
