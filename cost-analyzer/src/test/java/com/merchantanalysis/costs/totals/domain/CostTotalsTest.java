package com.merchantanalysis.costs.totals.domain;

import static com.merchantanalysis.common.data.TransactionKind.COGS;
import static com.merchantanalysis.common.data.TransactionKind.PAYMENT_FEE;
import static com.merchantanalysis.common.data.TransactionKind.REFUND;
import static com.merchantanalysis.common.data.TransactionKind.SALE;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.common.period.ReportingPeriod;

import com.merchantanalysis.costs.support.TestWording;

import org.junit.jupiter.api.Test;

class CostTotalsTest {

    private static final ReportingPeriod MARCH = new ReportingPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    @Test
    void sumsEachKindAcrossDaysSortedByKindWithRevenueAsGrossSales() {
        var totals = CostTotals.of("m-1", MARCH, List.of(
                day(1, Map.of(SALE, "1500.10", COGS, "-600.00", PAYMENT_FEE, "-9.00")),
                day(2, Map.of(SALE, "820.20", COGS, "-120.05", REFUND, "-20.40"))), TestWording.english());

        assertThat(totals.byKind()).extracting(KindAmount::kind).containsExactly(COGS, PAYMENT_FEE, REFUND, SALE);
        assertThat(totals.byKind()).extracting(KindAmount::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-720.05"), new BigDecimal("-9.00"), new BigDecimal("-20.40"),
                        new BigDecimal("2320.30"));
        assertThat(totals.revenue()).isEqualByComparingTo("2320.30");
        assertThat(totals.inflow()).isEqualByComparingTo("2320.30");
        assertThat(totals.outflow()).isEqualByComparingTo("749.45");
        assertThat(totals.daysWithData()).isEqualTo(2);
    }

    @Test
    void withoutSalesRevenueIsZeroAndWithoutDataNothingIsListed() {
        var costsOnly = CostTotals.of("m-1", MARCH, List.of(day(1, Map.of(COGS, "-600.00"))), TestWording.english());
        var empty = CostTotals.of("m-1", MARCH, List.of(), TestWording.english());

        assertThat(costsOnly.revenue()).isZero();
        assertThat(costsOnly.byKind()).extracting(KindAmount::kind).containsExactly(COGS);
        assertThat(empty.byKind()).isEmpty();
        assertThat(empty.inflow()).isZero();
        assertThat(empty.daysWithData()).isZero();
    }

    /** A day with the given signed amounts per kind, and inflow/outflow consistent with them. */
    private static DailySummaryDocument day(int dayOfMonth, Map<TransactionKind, String> amounts) {
        Map<TransactionKind, BigDecimal> byKind = amounts.entrySet().stream()
                .collect(toMap(Map.Entry::getKey, entry -> new BigDecimal(entry.getValue())));
        BigDecimal inflow = byKind.values().stream().filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal outflow = byKind.values().stream().filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
        LocalDate date = MARCH.from().withDayOfMonth(dayOfMonth);
        return new DailySummaryDocument(DailySummaryDocument.idOf("m-1", date), "m-1", date, inflow, outflow,
                inflow.subtract(outflow), byKind.size(), byKind, Map.of(), Map.of(), Map.of(), Map.of(), 0, 0);
    }
}
