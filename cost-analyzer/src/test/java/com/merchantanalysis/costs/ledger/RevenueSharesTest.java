package com.merchantanalysis.costs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.TransactionKind;

import org.junit.jupiter.api.Test;

class RevenueSharesTest {

    @Test
    void sharesOfThirdsStillAddUpToExactly100() {
        // Three costs of 1/3 each of a revenue that leaves no profit: 33.33 + 33.33 + 33.34.
        PeriodLedger ledger = ledger(Map.of(TransactionKind.SALE, "100.00", TransactionKind.COGS, "-33.33",
                TransactionKind.RENT, "-33.33", TransactionKind.PAYROLL, "-33.34"), Map.of());

        RevenueShares shares = RevenueShares.of(ledger);

        BigDecimal sum = shares.netMargin();
        for (CostCategory category : CostCategory.values()) {
            sum = sum.add(shares.of(category));
        }
        assertThat(sum).isEqualByComparingTo("100.00");
        assertThat(shares.of(CostCategory.LABOUR)).isEqualByComparingTo("33.34");
    }

    @Test
    void feesOnSalesAreAPaymentFeeCostAndRefundsReduceRevenue() {
        PeriodLedger ledger = ledger(Map.of(TransactionKind.SALE, "1000.00", TransactionKind.REFUND, "-100.00",
                TransactionKind.PAYMENT_FEE, "-3.00", TransactionKind.TRANSFER, "-500.00"),
                Map.of(PaymentChannel.WECHAT_PAY, "6.00"));

        assertThat(ledger.revenue()).isEqualByComparingTo("900.00");
        assertThat(ledger.cost(CostCategory.PAYMENT_FEES)).isEqualByComparingTo("9.00");
        assertThat(ledger.totalCosts()).isEqualByComparingTo("9.00");
        RevenueShares shares = RevenueShares.of(ledger);
        assertThat(shares.of(CostCategory.PAYMENT_FEES)).isEqualByComparingTo("1.00");
        assertThat(shares.netMargin()).isEqualByComparingTo("99.00");
    }

    @Test
    void withoutRevenueThereAreNoShares() {
        RevenueShares shares = RevenueShares.of(ledger(Map.of(TransactionKind.RENT, "-3000.00"), Map.of()));

        assertThat(shares.netMargin()).isNull();
        assertThat(shares.of(CostCategory.OCCUPANCY)).isNull();
    }

    private static PeriodLedger ledger(Map<TransactionKind, String> kinds, Map<PaymentChannel, String> fees) {
        LocalDate day = LocalDate.of(2024, 3, 1);
        return PeriodLedger.of(List.of(new DailySummaryDocument("m:" + day, "m", day, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 1, convert(kinds), Map.of(), Map.of(), convert(fees), Map.of(), 1, 0)));
    }

    private static <K> Map<K, BigDecimal> convert(Map<K, String> amounts) {
        return amounts.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> new BigDecimal(entry.getValue())));
    }
}
