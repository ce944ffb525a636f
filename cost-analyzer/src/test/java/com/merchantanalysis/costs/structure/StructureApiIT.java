package com.merchantanalysis.costs.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.merchantanalysis.common.data.Direction;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.costs.support.CostApiTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The cost structure over real HTTP, checked against a recomputation from the raw transactions. */
class StructureApiIT extends CostApiTest {

    private static final String ID = "structure-hotpot";
    private static MerchantData.Result data;

    @BeforeEach
    void restaurant() {
        if (data == null) {
            data = store(MerchantData.hotpot(ID, 11, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)));
        }
    }

    @Test
    void sharesAddUpTo100AndEveryAmountEqualsARecomputationFromTheTransactions() {
        LocalDate from = LocalDate.of(2024, 4, 1);
        LocalDate to = LocalDate.of(2024, 6, 30);

        JsonNode body = ok(MERCHANTS + ID + "/structure?from=2024-04-01&to=2024-06-30");

        Recomputed expected = recompute(from, to);
        assertThat(body.get("revenue").decimalValue()).isEqualByComparingTo(expected.revenue());
        assertThat(body.get("revenue").decimalValue().scale()).isEqualTo(2);
        BigDecimal shares = body.get("netMarginPct").decimalValue();
        for (JsonNode line : body.get("categories")) {
            String category = line.get("category").asString();
            assertThat(line.get("amount").decimalValue()).as(category)
                    .isEqualByComparingTo(expected.costs().getOrDefault(category, BigDecimal.ZERO));
            BigDecimal exactShare = expected.share(category);
            assertThat(line.get("sharePct").decimalValue()).as(category)
                    .isBetween(exactShare.subtract(new BigDecimal("0.01")), exactShare.add(new BigDecimal("0.01")));
            shares = shares.add(line.get("sharePct").decimalValue());
        }
        assertThat(shares).isEqualByComparingTo("100.00");
        assertThat(body.get("totalCosts").decimalValue()).isEqualByComparingTo(expected.totalCosts());
        assertThat(body.get("netProfit").decimalValue())
                .isEqualByComparingTo(expected.revenue().subtract(expected.totalCosts()));
        JsonNode completeness = body.get("completeness");
        assertThat(completeness.get("daysWithData").asInt()).isEqualTo(91);
        assertThat(completeness.get("daysInPeriod").asInt()).isEqualTo(91);
        assertThat(completeness.get("daysWithoutData").asInt()).isZero();
        assertThat(completeness.get("status").asString()).as(completeness.toString()).isEqualTo("COMPLETE");
        assertThat(completeness.get("warnings")).isEmpty();
        assertThat(completeness.get("netMargin").get("status").asString()).isEqualTo("KNOWN");
    }

    @Test
    void marginsAndPrimeCostFollowFromTheLinesAndFeesComeFromTheSalesFeeField() {
        JsonNode body = ok(MERCHANTS + ID + "/structure?from=2024-04-01&to=2024-06-30");

        BigDecimal revenue = body.get("revenue").decimalValue();
        BigDecimal cogs = amount(body, "COGS");
        BigDecimal labour = amount(body, "LABOUR");
        assertThat(body.get("grossProfit").decimalValue()).isEqualByComparingTo(revenue.subtract(cogs));
        assertThat(body.get("primeCost").decimalValue()).isEqualByComparingTo(cogs.add(labour));
        assertThat(body.get("primeCostPct").decimalValue())
                .isEqualByComparingTo(cogs.add(labour).multiply(BigDecimal.valueOf(100)).divide(revenue, 2, java.math.RoundingMode.HALF_UP));
        BigDecimal channelFees = BigDecimal.ZERO;
        for (JsonNode channel : body.get("feesByChannel")) {
            channelFees = channelFees.add(channel.get("fees").decimalValue());
        }
        assertThat(channelFees).isPositive().isEqualByComparingTo(amount(body, "PAYMENT_FEES"));
        JsonNode split = body.get("fixedVariable");
        assertThat(split.get("fixedCosts").decimalValue().add(split.get("variableCosts").decimalValue()))
                .isEqualByComparingTo(body.get("totalCosts").decimalValue());
        assertThat(split.get("fixedCosts").decimalValue())
                .isEqualByComparingTo(labour.add(amount(body, "OCCUPANCY")).add(amount(body, "UTILITIES"))
                        .add(amount(body, "MARKETING")).add(amount(body, "OTHER")));
    }

    @Test
    void comparesWithThePreviousPeriodOrTheSameDaysAYearBefore() {
        JsonNode previous = ok(MERCHANTS + ID + "/structure?from=2024-04-01&to=2024-06-30&compareTo=previous");
        JsonNode yoy = ok(MERCHANTS + ID + "/structure?from=2024-04-01&to=2024-06-30&compareTo=YOY");

        assertThat(previous.get("comparisonFrom").asString()).isEqualTo("2024-01-01");
        assertThat(previous.get("comparisonTo").asString()).isEqualTo("2024-03-31");
        Recomputed before = recompute(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        assertThat(previous.get("comparison").get("revenue").decimalValue()).isEqualByComparingTo(before.revenue());
        JsonNode rent = line(previous, "OCCUPANCY");
        assertThat(rent.get("comparisonAmount").decimalValue()).isEqualByComparingTo("48000.00");
        assertThat(rent.get("changeAmount").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(yoy.get("compareTo").asString()).isEqualTo("yoy");
        assertThat(yoy.get("comparisonFrom").asString()).isEqualTo("2023-04-01");
        JsonNode nothingAYearBefore = yoy.get("comparison");
        assertThat(nothingAYearBefore.get("completeness").get("daysWithData").asInt()).isZero();
        assertThat(nothingAYearBefore.get("completeness").get("status").asString()).isEqualTo("NO_DATA");
        assertThat(nothingAYearBefore.get("netMarginPct").isNull()).isTrue();
        assertThat(nothingAYearBefore.get("netMarginPointsChange").isNull()).isTrue();
        assertThat(line(yoy, "OCCUPANCY").get("changePct").isNull()).isTrue();
    }

    @Test
    void withoutAPeriodTheLast90DaysWithDataAreAnalysed() {
        JsonNode body = ok(MERCHANTS + ID + "/structure");

        // The last sales of June 30 settle on July 1, but a day of settlements only does not end the
        // default period: it ends on the last day with transactions, as in every other service.
        assertThat(body.get("to").asString()).isEqualTo("2024-06-30");
        assertThat(body.get("from").asString()).isEqualTo("2024-04-02");
    }

    @Test
    void badInputIs400NamingTheFieldAndOtherMerchantsAre404() {
        String path = MERCHANTS + ID + "/structure";
        String admin = TestTokens.admin();

        assertThat(fieldsOf(http.get(path + "?from=2024-04-01&to=2024-03-01", admin))).containsExactly("from");
        assertThat(fieldsOf(http.get(path + "?from=2018-01-01&to=2024-03-01", admin))).containsExactly("to");
        assertThat(fieldsOf(http.get(path + "?from=1999-12-31&to=2000-01-31", admin))).containsExactly("from");
        assertThat(fieldsOf(http.get(path + "?from=2024-04-01&to=2999-01-01", admin))).containsExactly("to");
        assertThat(fieldsOf(http.get(path + "?from=2024-04-01&to=2024-06-30&compareTo=lastWeek", admin)))
                .containsExactly("compareTo");
        assertThat(fieldsOf(http.get(path + "?from=April", admin))).containsExactly("from");

        var unknown = http.get(MERCHANTS + "no-such-merchant/structure", admin);
        var foreign = http.get(path, TestTokens.merchant("another-merchant"));
        var own = http.get(path + "?from=2024-04-01&to=2024-06-30", TestTokens.merchant(ID));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("revenue");
        assertThat(own.status()).isEqualTo(200);
    }

    private static JsonNode line(JsonNode body, String category) {
        for (JsonNode line : body.get("categories")) {
            if (line.get("category").asString().equals(category)) {
                return line;
            }
        }
        throw new AssertionError("No line " + category);
    }

    private static BigDecimal amount(JsonNode body, String category) {
        return line(body, category).get("amount").decimalValue();
    }

    /** The period's figures straight from the generated transactions, without any rollup. */
    private static Recomputed recompute(LocalDate from, LocalDate to) {
        BigDecimal revenue = BigDecimal.ZERO;
        Map<TransactionKind, String> lines = new EnumMap<>(Map.of(TransactionKind.COGS, "COGS", TransactionKind.PAYROLL,
                "LABOUR", TransactionKind.RENT, "OCCUPANCY", TransactionKind.UTILITIES, "UTILITIES",
                TransactionKind.PAYMENT_FEE, "PAYMENT_FEES", TransactionKind.PLATFORM_COMMISSION, "PLATFORM_COMMISSION",
                TransactionKind.MARKETING, "MARKETING", TransactionKind.TAX, "TAX", TransactionKind.OTHER, "OTHER"));
        Map<String, BigDecimal> costs = new java.util.HashMap<>();
        for (TransactionDocument tx : data.transactions()) {
            LocalDate day = tx.timestamp().atZone(MerchantData.ZONE).toLocalDate();
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            BigDecimal signed = tx.direction() == Direction.IN ? tx.amount() : tx.amount().negate();
            switch (tx.kind()) {
                case SALE, REFUND, CHARGEBACK -> revenue = revenue.add(signed);
                default -> {
                    if (lines.containsKey(tx.kind())) {
                        costs.merge(lines.get(tx.kind()), signed.negate(), BigDecimal::add);
                    }
                }
            }
            if (tx.fee() != null) {
                costs.merge("PAYMENT_FEES", tx.fee(), BigDecimal::add);
            }
        }
        return new Recomputed(revenue, costs);
    }

    private record Recomputed(BigDecimal revenue, Map<String, BigDecimal> costs) {

        BigDecimal totalCosts() {
            return costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal share(String category) {
            return costs.getOrDefault(category, BigDecimal.ZERO).multiply(BigDecimal.valueOf(100))
                    .divide(revenue, 4, java.math.RoundingMode.HALF_UP);
        }
    }
}
