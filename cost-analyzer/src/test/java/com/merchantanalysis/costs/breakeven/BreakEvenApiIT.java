package com.merchantanalysis.costs.breakeven;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.testsupport.MerchantData;
import com.merchantanalysis.common.testsupport.MerchantDataStore;
import com.merchantanalysis.common.testsupport.TestTokens;
import com.merchantanalysis.costs.support.CostApiTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Break-even against a hand computation. Thirty days, each the same: 100 orders for 10,000 yuan of sales,
 * COGS 3,500, payment fees 50, platform commission 150, tax 100 (variable: 3,800 a day, so the contribution
 * margin ratio is 0.62); rent 2,000, payroll 2,400, utilities 300 (fixed: 4,700 a day).
 * Break-even per day = 4,700 / 0.62 = 7,580.645161...; per month = that × 30.436875 = 230,731.15;
 * orders per day = 7,580.65 / 100 = 75.8; safety margin = (10,000 − 7,580.65) / 10,000 = 24.19%.
 */
class BreakEvenApiIT extends CostApiTest {

    private static final String ID = "break-even-noodles";
    private static boolean stored;

    @BeforeEach
    void days() {
        if (stored) {
            return;
        }
        MerchantDocument merchant = new MerchantDocument(ID, "兰州拉面", Industry.FAST_FOOD, "Wuhan",
                LocalDate.of(2020, 1, 1), "Asia/Shanghai", List.of(), List.of(), new BigDecimal("50000.00"), 0,
                Instant.now(), null, 3);
        Map<TransactionKind, String> costs = Map.of(TransactionKind.COGS, "-3500.00", TransactionKind.PLATFORM_COMMISSION,
                "-150.00", TransactionKind.TAX, "-100.00", TransactionKind.RENT, "-2000.00", TransactionKind.PAYROLL,
                "-2400.00", TransactionKind.UTILITIES, "-300.00");
        List<TransactionDocument> transactions = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 3, 1); !day.isAfter(LocalDate.of(2024, 3, 30)); day = day.plusDays(1)) {
            for (int order = 0; order < 100; order++) {
                transactions.add(MerchantData.transaction(ID, "sale-" + day + "-" + order, day, TransactionKind.SALE,
                        PaymentChannel.WECHAT_PAY, new BigDecimal("100.00"), new BigDecimal("0.50"), null));
            }
            for (var cost : costs.entrySet()) {
                transactions.add(MerchantData.transaction(ID, cost.getKey() + "-" + day, day, cost.getKey(), null,
                        new BigDecimal(cost.getValue()), null, null));
            }
        }
        MerchantDataStore.store(mongo, merchant, transactions);
        stored = true;
    }

    @Test
    void theBaseMatchesTheHandComputation() {
        JsonNode base = ok(MERCHANTS + ID + "/break-even?from=2024-03-01&to=2024-03-30").get("base");

        assertThat(base.get("contributionMarginPct").decimalValue()).isEqualByComparingTo("62.00");
        assertThat(base.get("status").asString()).isEqualTo("KNOWN");
        assertThat(base.get("fixedCostsPerMonth").decimalValue()).isEqualByComparingTo("143053.31"); // 4,700 × 30.436875
        assertThat(base.get("breakEvenRevenuePerDay").decimalValue()).isEqualByComparingTo("7580.65");
        assertThat(base.get("breakEvenRevenuePerMonth").decimalValue()).isEqualByComparingTo("230731.15");
        assertThat(base.get("averageTicket").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(base.get("breakEvenOrdersPerDay").decimalValue()).isEqualByComparingTo("75.8");
        assertThat(base.get("safetyMarginPct").decimalValue()).isEqualByComparingTo("24.19");
        assertThat(base.get("reachable").asBoolean()).isTrue();
    }

    @Test
    void whatIfChangesAreAnsweredBesideTheBase() {
        // Rent +10%: fixed 4,900 a day. COGS +8%: 3,780. Fees −20%: 40. Variable 4,070, margin 59.3%.
        JsonNode body = ok(MERCHANTS + ID
                + "/break-even?from=2024-03-01&to=2024-03-30&rentChangePct=10&cogsChangePct=8&feeRateChangePct=-20");

        assertThat(body.get("base").get("contributionMarginPct").decimalValue()).isEqualByComparingTo("62.00");
        JsonNode whatIf = body.get("whatIf");
        assertThat(whatIf.get("contributionMarginPct").decimalValue()).isEqualByComparingTo("59.30");
        assertThat(whatIf.get("breakEvenRevenuePerDay").decimalValue()).isEqualByComparingTo("8263.07"); // 4,900 / 0.593
        assertThat(body.get("parameters").get("rentChangePct").decimalValue()).isEqualByComparingTo("10");
        assertThat(ok(MERCHANTS + ID + "/break-even?from=2024-03-01&to=2024-03-30").get("whatIf").isNull()).isTrue();
    }

    @Test
    void aWhatIfOutOfRangeIs400NamingIt() {
        assertThat(fieldsOf(http.get(MERCHANTS + ID + "/break-even?rentChangePct=-150", TestTokens.admin())))
                .containsExactly("rentChangePct");
        assertThat(fieldsOf(http.get(MERCHANTS + ID + "/break-even?cogsChangePct=lots", TestTokens.admin())))
                .containsExactly("cogsChangePct");
    }
}
