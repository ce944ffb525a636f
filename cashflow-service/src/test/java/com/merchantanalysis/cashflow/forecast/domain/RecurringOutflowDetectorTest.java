package com.merchantanalysis.cashflow.forecast.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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

    @Test
    void twoImportedPayrollsAMonthApartAreAMonthlyBillOnThe15th() {
        MerchantHistory history = history(TransactionKind.PAYROLL, LocalDate.of(2026, 11, 30),
                d -> d.getDayOfMonth() == 15 ? 38_000 : 0);

        List<RecurringOutflow> found = RecurringOutflowDetector.detect(history, List.of(TransactionKind.PAYROLL));

        assertThat(found).hasSize(1);
        RecurringOutflow payroll = found.get(0);
        assertThat(payroll.kind()).isEqualTo(TransactionKind.PAYROLL);
        assertThat(payroll.dayOfMonth()).isEqualTo(15);
        assertThat(payroll.amount()).isEqualTo(38_000);
        assertThat(payroll.cadenceMonths()).isEqualTo(1);
        assertThat(payroll.dueOn(LocalDate.of(2026, 12, 15))).isTrue();
        assertThat(payroll.dueOn(LocalDate.of(2026, 12, 16))).isFalse();
    }

    @Test
    void twoPayrollPaymentsThatDoNotRepeatAreNotABill() {
        // a bonus on 3 October and wages on 20 November: the day does not repeat
        MerchantHistory differentDays = history(TransactionKind.PAYROLL, LocalDate.of(2026, 11, 30),
                d -> d.equals(LocalDate.of(2026, 10, 3)) || d.equals(LocalDate.of(2026, 11, 20)) ? 38_000 : 0);
        MerchantHistory differentAmounts = history(TransactionKind.PAYROLL, LocalDate.of(2026, 11, 30),
                d -> d.getDayOfMonth() != 15 ? 0 : d.getMonthValue() == 10 ? 5_000 : 38_000);
        // paid in October and November, not in December: it stopped
        MerchantHistory stopped = history(TransactionKind.PAYROLL, LocalDate.of(2027, 1, 20),
                d -> d.getDayOfMonth() == 15 && d.getYear() == 2026 && d.getMonthValue() <= 11 ? 38_000 : 0);

        for (MerchantHistory history : List.of(differentDays, differentAmounts, stopped)) {
            assertThat(RecurringOutflowDetector.detect(history, List.of(TransactionKind.PAYROLL))).isEmpty();
        }
    }

    @Test
    void twoMonthsAreEnoughOnlyForKindsThatNameABill() {
        // utilities paid alike twice are not yet a pattern; rent is
        MerchantHistory utilities = history(TransactionKind.UTILITIES, LocalDate.of(2026, 11, 30),
                d -> d.getDayOfMonth() == 5 ? 9_000 : 0);
        MerchantHistory rent = history(TransactionKind.RENT, LocalDate.of(2026, 11, 30),
                d -> d.getDayOfMonth() == 5 ? 9_000 : 0);

        assertThat(RecurringOutflowDetector.detect(utilities, List.of(TransactionKind.UTILITIES))).isEmpty();
        assertThat(RecurringOutflowDetector.detect(rent, List.of(TransactionKind.RENT)))
                .extracting(RecurringOutflow::dayOfMonth).containsExactly(5);
    }

    /** From 1 October 2026 to {@code asOf}: daily purchases and {@code kind} paid {@code paid.apply(date)} (0 for none). */
    private static MerchantHistory history(TransactionKind kind, LocalDate asOf, ToDoubleFunction<LocalDate> paid) {
        List<DailySummaryDocument> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(asOf); d = d.plusDays(1)) {
            double amount = paid.applyAsDouble(d);
            BigDecimal out = BigDecimal.valueOf(amount + 500);
            Map<TransactionKind, BigDecimal> byKind = new java.util.EnumMap<>(TransactionKind.class);
            byKind.put(TransactionKind.COGS, new BigDecimal("-500"));
            if (amount > 0) {
                byKind.put(kind, BigDecimal.valueOf(-amount));
            }
            days.add(new DailySummaryDocument(DailySummaryDocument.idOf("m-1", d), "m-1", d, new BigDecimal("3000"),
                    out, new BigDecimal("3000").subtract(out), 10, byKind, Map.of(), Map.of(), Map.of(), Map.of(), 10, 0));
        }
        return MerchantHistory.of(MERCHANT, asOf, days, 1100);
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
