package com.merchantanalysis.costs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.TransactionKind;

import org.junit.jupiter.api.Test;

/** Rent paid a quarter in advance the day before a 90-day period is not rent never recorded. */
class DataCompletenessTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 2);

    @Test
    void aLinePaidShortlyBeforeThePeriodIsNotMissingButTheMarginSaysItLeavesItOut() {
        PeriodLedger ledger = PeriodLedger.of(List.of(day(FROM, Map.of(TransactionKind.SALE, "300000",
                TransactionKind.COGS, "-120000", TransactionKind.PAYROLL, "-60000"))))
                .withEarlier(List.of(day(FROM.minusDays(1), Map.of(TransactionKind.RENT, "-78000"))));

        DataCompleteness completeness = DataCompleteness.of(ledger, 90);

        assertThat(DataCompleteness.missingLines(ledger)).isEmpty();
        assertThat(ledger.paidBefore()).containsEntry(CostCategory.OCCUPANCY, FROM.minusDays(1));
        assertThat(completeness.netMargin().status()).isEqualTo(DataCompleteness.Figure.PARTIAL);
        assertThat(completeness.netMargin().reason()).contains("last paid on 2026-04-01").contains("before the period");
        assertThat(completeness.warnings()).noneMatch(warning -> warning.startsWith("No records of rent"));
    }

    @Test
    void aLineWithNoRecordsBeforeEitherIsMissing() {
        PeriodLedger ledger = PeriodLedger.of(List.of(day(FROM, Map.of(TransactionKind.SALE, "300000",
                TransactionKind.COGS, "-120000", TransactionKind.PAYROLL, "-60000"))))
                .withEarlier(List.of(day(FROM.minusDays(30), Map.of(TransactionKind.SALE, "9000"))));

        DataCompleteness completeness = DataCompleteness.of(ledger, 90);

        assertThat(DataCompleteness.missingLines(ledger)).containsExactly(CostCategory.OCCUPANCY);
        assertThat(completeness.netMargin().reason()).contains("no records of rent over the period");
    }

    private static DailySummaryDocument day(LocalDate date, Map<TransactionKind, String> byKind) {
        Map<TransactionKind, BigDecimal> amounts = new EnumMap<>(TransactionKind.class);
        byKind.forEach((kind, amount) -> amounts.put(kind, new BigDecimal(amount)));
        return new DailySummaryDocument("m:" + date, "m", date, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                amounts, Map.of(), Map.of(), Map.of(), Map.of(), 0, 0);
    }
}
