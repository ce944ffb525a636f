package com.merchantanalysis.cashflow.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.Industry;
import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionKind;

import org.junit.jupiter.api.Test;

class RecurringOutflowDetectorTest {

    private static final MerchantDocument MERCHANT = new MerchantDocument("m-1", "小面馆", Industry.FAST_FOOD, "Chongqing",
            LocalDate.of(2024, 1, 1), "Asia/Shanghai", List.of(), List.of(), new BigDecimal("10000.00"), 1,
            Instant.parse("2024-01-01T00:00:00Z"), "fast-food", 2);

    @Test
    void monthlyPayrollAndQuarterlyRentAreFoundWithTheirDaysAndAmounts() {
        List<DailySummaryDocument> days = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (LocalDate d = start; d.isBefore(LocalDate.of(2024, 12, 20)); d = d.plusDays(1)) {
            double payroll = d.getDayOfMonth() == 15 ? 20_000 + (d.getMonthValue() % 2) * 100 : 0;
            double rent = d.getDayOfMonth() == 5 && (d.getMonthValue() - 1) % 3 == 0 ? 60_000 : 0;
            days.add(day(d, payroll, rent));
        }
        MerchantHistory history = MerchantHistory.of(MERCHANT, LocalDate.of(2024, 12, 19), days, 1100);

        List<RecurringOutflow> found = RecurringOutflowDetector.detect(history,
                List.of(TransactionKind.RENT, TransactionKind.PAYROLL, TransactionKind.UTILITIES));

        assertThat(found).extracting(RecurringOutflow::kind).containsExactly(TransactionKind.RENT,
                TransactionKind.PAYROLL);
        RecurringOutflow rent = found.get(0);
        assertThat(rent.dayOfMonth()).isEqualTo(5);
        assertThat(rent.cadenceMonths()).isEqualTo(3);
        assertThat(rent.amount()).isEqualTo(60_000);
        assertThat(rent.dueOn(LocalDate.of(2025, 1, 5))).isTrue();
        assertThat(rent.dueOn(LocalDate.of(2025, 2, 5))).isFalse();
        RecurringOutflow payroll = found.get(1);
        assertThat(payroll.dayOfMonth()).isEqualTo(15);
        assertThat(payroll.cadenceMonths()).isEqualTo(1);
        assertThat(payroll.dueOn(LocalDate.of(2024, 12, 15))).isFalse(); // already paid this month
        assertThat(payroll.dueOn(LocalDate.of(2025, 1, 15))).isTrue();
    }

    private static DailySummaryDocument day(LocalDate date, double payroll, double rent) {
        BigDecimal out = BigDecimal.valueOf(payroll + rent + 500);
        Map<TransactionKind, BigDecimal> byKind = new java.util.EnumMap<>(TransactionKind.class);
        byKind.put(TransactionKind.COGS, new BigDecimal("-500"));
        if (payroll > 0) {
            byKind.put(TransactionKind.PAYROLL, BigDecimal.valueOf(-payroll));
        }
        if (rent > 0) {
            byKind.put(TransactionKind.RENT, BigDecimal.valueOf(-rent));
        }
        return new DailySummaryDocument(DailySummaryDocument.idOf("m-1", date), "m-1", date, new BigDecimal("3000"), out,
                new BigDecimal("3000").subtract(out), 10, byKind, Map.of(), Map.of(), Map.of(), Map.of(), 10, 0);
    }
}
