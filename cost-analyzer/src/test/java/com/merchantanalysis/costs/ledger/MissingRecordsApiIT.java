package com.merchantanalysis.costs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.merchantanalysis.common.data.Counterparty;
import com.merchantanalysis.common.data.CounterpartyType;
import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.data.TransactionSource;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.costs.support.CostApiTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A restaurant that imported only its WeChat Pay and Alipay bills: sales with their fees on 60 of 90 days, no
 * purchases, payroll or rent. Before issue 16 it was told "grossMarginPct 100, netMarginPct 99.4", COGS 0% "below
 * the range" and favourable, and a break-even of 0 with a 100% safety margin.
 */
class MissingRecordsApiIT extends CostApiTest {

    private static final String ID = "payment-bills-only";
    private static final LocalDate FIRST = LocalDate.of(2024, 4, 1);
    private static final String PERIOD = "?from=2024-03-02&to=2024-05-30";
    private static boolean stored;

    @BeforeEach
    void bills() {
        if (stored) {
            return;
        }
        MerchantDocument merchant = MerchantData.hotpot(ID, 1, FIRST, FIRST).merchant();
        Random random = new Random(16);
        List<TransactionDocument> sales = new ArrayList<>();
        for (LocalDate day = FIRST; day.isBefore(FIRST.plusDays(60)); day = day.plusDays(1)) {
            for (int i = 0; i < 30; i++) {
                BigDecimal amount = BigDecimal.valueOf(30 + random.nextInt(170)).setScale(2);
                PaymentChannel channel = random.nextBoolean() ? PaymentChannel.WECHAT_PAY : PaymentChannel.ALIPAY;
                String id = ID + ":" + day + ":" + i;
                sales.add(new TransactionDocument(id, ID, id, day.atTime(12, i).atZone(MerchantData.ZONE).toInstant(),
                        MerchantData.ZONE.getId(), amount, Direction.IN, TransactionKind.SALE, channel,
                        new Counterparty(CounterpartyType.PERSON, "payer-" + i, false), null, TransactionSource.IMPORTED,
                        List.of(), amount.multiply(new BigDecimal("0.006")).setScale(2, RoundingMode.HALF_UP),
                        day.plusDays(1), false, null));
            }
        }
        MerchantDataStore.store(mongo, merchant, sales);
        stored = true;
    }

    @Test
    void marginsAreUnknownAndTheSummarySaysWhichRecordsAreMissing() {
        JsonNode summary = english(MERCHANTS + ID + "/summary" + PERIOD);

        assertThat(summary.get("revenue").decimalValue()).isPositive();
        assertThat(summary.get("grossMarginPct").isNull()).as(summary.toString()).isTrue();
        assertThat(summary.get("netMarginPct").isNull()).isTrue();
        assertThat(summary.get("primeCostPct").isNull()).isTrue();
        JsonNode completeness = summary.get("completeness");
        assertThat(completeness.get("status").asString()).isEqualTo("INCOMPLETE");
        assertThat(completeness.get("daysInPeriod").asInt()).isEqualTo(90);
        assertThat(completeness.get("daysWithData").asInt()).isEqualTo(60);
        assertThat(completeness.get("daysWithoutData").asInt()).isEqualTo(30);
        assertThat(completeness.get("firstDayWithData").asString()).isEqualTo("2024-04-01");
        assertThat(strings(completeness.get("costLinesWithData"))).containsExactly("PAYMENT_FEES");
        assertThat(strings(completeness.get("costLinesWithoutData"))).contains("COGS", "LABOUR", "OCCUPANCY");
        assertThat(strings(completeness.get("channelsWithData"))).containsExactly("WECHAT_PAY", "ALIPAY");
        assertThat(completeness.get("grossMargin").get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(completeness.get("grossMargin").get("reason").asString())
                .isEqualTo("There are no records of purchases over the period.");
        assertThat(completeness.get("netMargin").get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(strings(completeness.get("warnings"))).containsExactly(
                "There are no records of purchases, payroll or rent over the period. Margins, break-even and the"
                        + " benchmarks of the missing lines are therefore unknown.",
                "30 of the 90 days have no records at all (records from 1 Apr 2024 to 30 May 2024).");
        JsonNode risk = summary.get("riskActions").get(0);
        assertThat(risk.get("risk").asString()).isEqualTo("HIGH");
        assertThat(risk.get("title").asString()).isEqualTo("Import the records of purchases, payroll and rent");
        assertThat(risk.has("monthlyImpactYuan")).isFalse();
    }

    @Test
    void structureAndBreakEvenGiveNoFigureTheRecordsCannotSupport() {
        JsonNode structure = english(MERCHANTS + ID + "/structure" + PERIOD);
        JsonNode base = english(MERCHANTS + ID + "/break-even" + PERIOD).get("base");
        JsonNode chineseBase = ok(MERCHANTS + ID + "/break-even" + PERIOD, "zh-CN").get("base");

        assertThat(structure.get("grossMarginPct").isNull()).isTrue();
        assertThat(structure.get("netMarginPct").isNull()).isTrue();
        assertThat(structure.get("netProfit").isNull()).isTrue();
        assertThat(structure.get("completeness").get("netMargin").get("reason").asString())
                .isEqualTo("There are no records of purchases, payroll or rent over the period.");
        assertThat(base.get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(base.get("reason").asString())
                .isEqualTo("There are no records of purchases, payroll or rent over the period.");
        assertThat(chineseBase.get("reason").asString()).isEqualTo("本期没有进货成本、人工成本或房租的记录。");
        for (String figure : List.of("reachable", "contributionMarginPct", "breakEvenRevenuePerMonth",
                "breakEvenRevenuePerDay", "breakEvenOrdersPerDay", "safetyMarginPct", "safetyMarginPerMonth",
                "profitPerMonth")) {
            assertThat(base.get(figure).isNull()).as(figure).isTrue();
        }
        assertThat(base.get("revenuePerMonth").decimalValue()).isPositive();
    }

    @Test
    void benchmarksOfMissingLinesAreUnknownAndNeverFavourable() {
        JsonNode body = english(MERCHANTS + ID + "/benchmarks" + PERIOD);

        JsonNode cogs = ratio(body, "COGS_PCT");
        assertThat(cogs.get("position").asString()).isEqualTo("UNKNOWN");
        assertThat(cogs.get("value").isNull()).isTrue();
        assertThat(cogs.get("favourable").isNull()).isTrue();
        assertThat(cogs.get("assessment").asString())
                .isEqualTo("Cost of goods as a share of revenue is unknown. There are no records of purchases over the"
                        + " period.");
        for (String unknown : List.of("LABOUR_PCT", "PRIME_COST_PCT", "OCCUPANCY_PCT", "NET_MARGIN_PCT", "COST_RATE_PCT")) {
            assertThat(ratio(body, unknown).get("position").asString()).as(unknown).isEqualTo("UNKNOWN");
        }
        assertThat(ratio(body, "FEE_RATE_ALIPAY").get("value").decimalValue()).isBetween(new BigDecimal("0.59"),
                new BigDecimal("0.61"));
        assertThat(body.get("completeness").get("status").asString()).isEqualTo("INCOMPLETE");
    }

    @Test
    void totalsAndActionsCarryTheSameCompleteness() {
        JsonNode totals = ok(MERCHANTS + ID + "/totals" + PERIOD);
        JsonNode actions = ok(MERCHANTS + ID + "/actions" + PERIOD);

        assertThat(totals.get("completeness").get("daysWithoutData").asInt()).isEqualTo(30);
        assertThat(actions.get("completeness")).isEqualTo(totals.get("completeness"));
        assertThat(actions.get("riskActions").get(0).get("risk").asString()).isEqualTo("HIGH");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode ratio(JsonNode body, String name) {
        for (JsonNode ratio : body.get("ratios")) {
            if (ratio.get("ratio").asString().equals(name)) {
                return ratio;
            }
        }
        throw new AssertionError("No ratio " + name + " in " + body.get("ratios"));
    }
}
