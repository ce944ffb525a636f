package com.merchantanalysis.cashflow.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.cashflow.support.CashflowApiTest;
import com.merchantanalysis.cashflow.support.MerchantFixture;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantFields;
import com.merchantanalysis.common.testsupport.TestTokens;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The merchant forecast API over real HTTP, on merchant data stored through the writer data-simulator uses. */
class MerchantForecastApiIT extends CashflowApiTest {

    private static final String MERCHANTS = "/api/v1/cashflow/merchants/";
    private static final LocalDate START = LocalDate.of(2024, 6, 1);
    private static final int DAYS = 400;
    /** A merchant losing money every month: thin margin, high rent and payroll. */
    static final SimulatedMerchant.Profile STRUGGLING = new SimulatedMerchant.Profile("noodles", 3_000,
            SimulatedMerchant.OFFICE_WEEK, 0, 0.05, 0.10, 40_000, 30_000, 0.7);

    @Autowired
    private StringRedisTemplate redis;

    @Test
    void theForecastHasDailyPointsWithIntervalsTheModelItsAccuracyAndTheFixedPayments() {
        String id = hotpot(7);

        var response = http.get(MERCHANTS + id + "/forecast?horizon=30&levels=80,95", TestTokens.merchant(id));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("asOf").asString()).isEqualTo(START.plusDays(DAYS - 1).toString());
        assertThat(body.get("dataVersion").asLong()).isEqualTo(7);
        assertThat(body.get("model").asString()).isNotBlank();
        assertThat(body.get("fallback").asBoolean()).isFalse();
        // The book balance, less the sales the channels have not paid out yet, is what the bank holds.
        assertThat(body.get("salesInTransit").decimalValue()).isPositive();
        assertThat(body.get("currentBalance").decimalValue().subtract(body.get("salesInTransit").decimalValue()))
                .isEqualByComparingTo(body.get("startingCash").decimalValue());
        JsonNode points = body.get("points");
        assertThat(points).hasSize(30);
        for (JsonNode point : points) {
            BigDecimal net = point.get("net").decimalValue();
            assertThat(point.get("inflow").decimalValue().subtract(point.get("outflow").decimalValue()))
                    .isEqualByComparingTo(net);
            JsonNode net80 = point.get("netInterval").get("80");
            JsonNode net95 = point.get("netInterval").get("95");
            assertThat(net95.get("lower").decimalValue()).isLessThanOrEqualTo(net80.get("lower").decimalValue());
            assertThat(net95.get("upper").decimalValue()).isGreaterThanOrEqualTo(net80.get("upper").decimalValue());
            JsonNode balance95 = point.get("balanceInterval").get("95");
            assertThat(balance95.get("lower").decimalValue()).isLessThan(balance95.get("upper").decimalValue());
        }
        JsonNode accuracy = body.get("accuracy");
        assertThat(accuracy.get("mase").asDouble()).isPositive().isLessThanOrEqualTo(
                accuracy.get("seasonalNaiveMase").asDouble());
        assertThat(accuracy.get("coverage").has("95")).isTrue();
        List<String> kinds = new ArrayList<>();
        for (JsonNode r : body.get("recurringOutflows")) {
            kinds.add(r.get("kind").asString() + "@" + r.get("dayOfMonth").asInt());
        }
        assertThat(kinds).contains("RENT@1", "PAYROLL@10");
        // Rent day stands out among the outflows.
        for (JsonNode point : points) {
            if (LocalDate.parse(point.get("date").asString()).getDayOfMonth() == 1) {
                assertThat(point.get("outflow").decimalValue()).isGreaterThan(new BigDecimal("30000"));
            }
        }
        // The answer is cached under the merchant's data version.
        assertThat(redis.keys("cashflow-service:forecast:" + id + ":v7:*")).hasSize(1);
        assertThat(http.get(MERCHANTS + id + "/forecast?horizon=30&levels=80,95", TestTokens.admin()).body())
                .isEqualTo(response.body());
    }

    @Test
    void aSummaryAskedAtTheDataVersionTheCallerReadIsServedFromTheCacheWithoutReadingTheMerchant() {
        String id = hotpot(7);
        String path = MERCHANTS + id + "/summary?asOf=" + START.plusDays(DAYS - 1);
        assertThat(http.get(path, TestTokens.merchant(id)).json().get("dataVersion").asLong()).isEqualTo(7);
        // New data raises the stored version; a caller that has read version 7 gets version 7's answer.
        mongo.updateFirst(Query.query(Criteria.where(MerchantFields.ID).is(id)),
                new Update().set(MerchantFields.DATA_VERSION, 8L), MerchantDocument.class);

        JsonNode known = http.get(path + "&dataVersion=7", TestTokens.merchant(id)).json();
        JsonNode neverReal = http.get(path + "&dataVersion=30", TestTokens.merchant(id)).json();

        assertThat(known.get("dataVersion").asLong()).as("served without reading the merchant").isEqualTo(7);
        assertThat(neverReal.get("dataVersion").asLong()).as("read and computed at the real version").isEqualTo(8);
        assertThat(redis.keys("cashflow-service:summary:" + id + ":v30:*")).isEmpty();
        assertThat(http.get(path + "&dataVersion=7", TestTokens.merchant("another-merchant")).status()).isEqualTo(404);
        assertThat(http.get(path + "&dataVersion=-1", TestTokens.merchant(id)).status()).isEqualTo(400);
    }

    @Test
    void aShortfallComingWithTheRentIsWarnedBeforeItHappensWithRentAsDriver() {
        SimulatedMerchant simulated = new SimulatedMerchant(STRUGGLING, 11);
        LocalDate start = LocalDate.of(2024, 9, 1);
        int days = 200;
        LocalDate asOf = LocalDate.of(2025, 2, 26);
        double[] book = MerchantFixture.balances(simulated, start, days, 0);
        int dayBeforeRent = (int) (LocalDate.of(2025, 2, 28).toEpochDay() - start.toEpochDay());
        double opening = Math.round(15_000 - book[dayBeforeRent]);
        String id = MerchantFixture.store(mongo, simulated, start, days, BigDecimal.valueOf(opening), 3);
        LocalDate actualShortfall = null;
        for (int t = (int) (asOf.toEpochDay() - start.toEpochDay()) + 1; t < days && actualShortfall == null; t++) {
            if (opening + book[t] < 0) {
                actualShortfall = start.plusDays(t);
            }
        }
        assertThat(actualShortfall).isNotNull();

        JsonNode body = http.get(MERCHANTS + id + "/runway?floor=0&horizon=30&asOf=" + asOf, TestTokens.merchant(id))
                .json();

        LocalDate warned = LocalDate.parse(body.get("firstDateLikely").asString());
        assertThat(warned).isAfter(asOf).isBeforeOrEqualTo(actualShortfall);
        assertThat(body.get("days")).hasSize(30);
        assertThat(body.get("days").get(0).get("probabilityBelowFloor").asDouble()).isLessThan(0.5);
        assertThat(body.get("drivers").findValuesAsString("kind")).contains("RENT");
        // The probabilities come with the coverage the sales intervals achieved in this merchant's backtest.
        assertThat(body.get("accuracy").get("coverage").get("95").asDouble()).isBetween(0.0, 100.0);
        assertThat(body.get("accuracy").get("origins").asInt()).isPositive();
    }

    @Test
    void aDeclineOfWeeksIsWarnedAWeekBeforeTheBalanceCrossesTheFloorEvenDuringDoubleEleven() {
        // Sales fall by 40% over four weeks from late August and a daily promotion rises to win customers
        // back, so that the balance reaches zero in mid-November; asked a week before, in the middle of
        // Double 11 (whose effect this history has never seen end), the runway must see it coming.
        // (As data-simulator plants CASH_SHORTFALL.)
        SimulatedMerchant simulated = new SimulatedMerchant(SimulatedMerchant.HOTPOT, 23);
        LocalDate start = LocalDate.of(2026, 6, 20);
        LocalDate declineFrom = LocalDate.of(2026, 8, 23);
        LocalDate aimed = LocalDate.of(2026, 11, 15);
        int days = (int) (aimed.toEpochDay() - start.toEpochDay()) + 8;
        double opening = 50_000;
        double[] sales = simulated.sales(start, days);
        int first = (int) (declineFrom.toEpochDay() - start.toEpochDay());
        for (int t = first; t < days; t++) {
            sales[t] *= 1 - 0.4 * Math.min(1.0, (t - first + 1) / 28.0);
        }
        // Suppliers billed every other day for what was sold, rent on the 1st, payroll on the 10th.
        SimulatedMerchant.Profile profile = SimulatedMerchant.HOTPOT;
        double[] outflows = new double[days];
        for (int t = 1; t < days; t += 2) {
            outflows[t] = profile.dailyCostShare() * (sales[t - 1] + sales[t]);
        }
        for (int t = 0; t < days; t++) {
            int dayOfMonth = start.plusDays(t).getDayOfMonth();
            outflows[t] += dayOfMonth == 1 ? profile.rent() : dayOfMonth == 10 ? profile.payroll() : 0;
        }
        int last = (int) (aimed.toEpochDay() - start.toEpochDay());
        double[] without = MerchantFixture.balances(sales, outflows, new double[days], opening);
        int length = last - first + 1;
        double rise = (without[last] + 5_000) / (length * (length + 1) / 2.0);
        double[] promotion = new double[days];
        for (int t = first; t < days; t++) {
            promotion[t] = rise * (t - first + 1);
        }
        double[] book = MerchantFixture.balances(sales, outflows, promotion, opening);
        int crossing = first;
        while (book[crossing] >= 0) {
            crossing++;
        }
        LocalDate crossed = start.plusDays(crossing);
        LocalDate asOf = crossed.minusDays(7);
        String id = MerchantFixture.store(mongo, SimulatedMerchant.HOTPOT, start, sales, outflows, promotion,
                BigDecimal.valueOf(opening), 4);

        JsonNode body = http.get(MERCHANTS + id + "/runway?floor=0&horizon=60&asOf=" + asOf, TestTokens.merchant(id))
                .json();

        assertThat(crossed).isBetween(aimed.minusDays(4), aimed);
        assertThat(body.get("firstDateLikely").isNull()).as(body.toString()).isFalse();
        assertThat(LocalDate.parse(body.get("firstDateLikely").asString())).isAfter(asOf)
                .isBeforeOrEqualTo(crossed.plusDays(3));
    }

    @Test
    void aBigOneOffPaymentInAScenarioMakesTheShortfallLikelyOnItsDay() {
        String id = hotpot(2);
        LocalDate asOf = START.plusDays(DAYS - 1);
        LocalDate due = asOf.plusDays(12);

        var response = http.post(MERCHANTS + id + "/scenarios", TestTokens.merchant(id), """
                {"horizon": 30, "floor": 0, "oneOffPayments": [{"date": "%s", "amount": 9000000}],
                 "revenueChange": {"percent": -15}}""".formatted(due));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("base").get("firstDateLikely").isNull()).isTrue();
        assertThat(body.get("scenario").get("firstDateLikely").asString()).isEqualTo(due.toString());
        assertThat(body.get("endBalanceDifference").decimalValue()).isLessThan(new BigDecimal("-9000000"));
        assertThat(body.get("days")).hasSize(30);
        assertThat(body.get("accuracy").get("coverage").get("80").asDouble()).isBetween(0.0, 100.0);

        JsonNode dearer = http.post(MERCHANTS + id + "/scenarios", TestTokens.merchant(id),
                "{\"horizon\": 30, \"channelFeeChanges\": [{\"channel\": \"WECHAT_PAY\", \"feeRatePercent\": 3}]}")
                .json();
        assertThat(dearer.get("endBalanceDifference").decimalValue()).isNegative();
    }

    @Test
    void aMerchantWithTenDaysOfHistoryGetsTheSimpleModelAndIsToldSo() {
        String id = MerchantFixture.store(mongo, new SimulatedMerchant(SimulatedMerchant.CAFE, 3), START, 10,
                new BigDecimal("5000.00"), 1);

        JsonNode body = http.get(MERCHANTS + id + "/forecast?horizon=14", TestTokens.merchant(id)).json();

        assertThat(body.get("fallback").asBoolean()).isTrue();
        // Without Accept-Language the note is Chinese (BilingualAnswersIT has the English one).
        assertThat(body.get("note").asString()).contains("历史数据只有 10 天");
        assertThat(body.get("accuracy").isNull()).isTrue();
        assertThat(body.get("points")).hasSize(14);

        // Its backtest says how much history one origin would need, not only that there is too little.
        JsonNode backtest = http.get(MERCHANTS + id + "/backtest?horizon=28&origins=3", TestTokens.merchant(id)).json();
        assertThat(backtest.get("origins").asInt()).isZero();
        assertThat(backtest.get("daysNeeded").asInt()).isEqualTo(56 + 28);
        assertThat(backtest.get("daysAvailable").asInt()).isEqualTo(10);
        assertThat(backtest.get("note").asString()).contains("需要 84 天，现有 10 天");
    }

    @Test
    void theBacktestScoresEveryModelAgainstSeasonalNaive() {
        String id = hotpot(1);

        JsonNode body = http.get(MERCHANTS + id + "/backtest?horizon=28&origins=3", TestTokens.analyst()).json();

        assertThat(body.get("origins").asInt()).isEqualTo(3);
        assertThat(body.get("models").findValuesAsString("method")).containsExactly("Ensemble", "ETS", "Theta",
                "SeasonalNaive");
        assertThat(body.get("maseVsSeasonalNaive").asDouble()).isLessThan(1.0);
        for (JsonNode model : body.get("models")) {
            assertThat(model.get("coverage").get("80").asDouble()).isBetween(0.0, 100.0);
        }
    }

    @Test
    void theSummaryHasTheGatewaysShape() {
        String id = hotpot(5);

        JsonNode body = http.get(MERCHANTS + id + "/summary?horizon=30", TestTokens.admin()).json();

        assertThat(body.get("merchantId").asString()).isEqualTo(id);
        assertThat(body.get("dataVersion").asLong()).isEqualTo(5);
        assertThat(body.get("horizonDays").asInt()).isEqualTo(30);
        assertThat(body.get("currentBalance").decimalValue().scale()).isEqualTo(2);
        assertThat(body.get("lowestBalance").has("lower95")).isTrue();
        assertThat(body.get("shortfall").get("floor").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.get("accuracy").get("coverage95").asDouble()).isBetween(0.0, 100.0);
        assertThat(body.get("riskActions").isArray()).isTrue();
        assertThat(body.has("actions")).as("a shortfall is a risk, not a saving").isFalse();
    }

    @Test
    void badParametersGet400NamingTheField() {
        String id = hotpot(1);
        String token = TestTokens.merchant(id);

        assertField(http.get(MERCHANTS + id + "/forecast?horizon=0", token), "horizon");
        assertField(http.get(MERCHANTS + id + "/forecast?horizon=366", token), "horizon");
        assertField(http.get(MERCHANTS + id + "/forecast?levels=80,100", token), "levels");
        assertField(http.get(MERCHANTS + id + "/forecast?asOf=2020-01-01", token), "asOf");
        assertField(http.get(MERCHANTS + id + "/backtest?origins=0", token), "origins");
        assertField(http.post(MERCHANTS + id + "/scenarios", token, "{\"oneOffPayments\": [{\"date\": \"2025-07-10\", "
                + "\"amount\": -5}]}"), "oneOffPayments[0].amount");
        assertField(http.post(MERCHANTS + id + "/scenarios", token, "{}"), "body");
    }

    @Test
    void anotherMerchantsTokenGets404OnEveryRoute() {
        String id = hotpot(1);
        String other = TestTokens.merchant("someone-else");

        for (String route : List.of("/forecast", "/backtest", "/runway", "/summary")) {
            var response = http.get(MERCHANTS + id + route, other);
            assertThat(response.status()).as(route).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.post(MERCHANTS + id + "/scenarios", other, "{\"revenueChange\": {\"percent\": 5}}").status())
                .isEqualTo(404);
    }

    private String hotpot(long dataVersion) {
        return MerchantFixture.store(mongo, new SimulatedMerchant(SimulatedMerchant.HOTPOT, dataVersion), START, DAYS,
                new BigDecimal("80000.00"), dataVersion);
    }

    static void assertField(com.merchantanalysis.common.testsupport.TestHttp.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly(field);
    }
}
