package com.merchantanalysis.costs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.common.data.TransactionKind;
import com.merchantanalysis.costs.support.TestWording;

import org.junit.jupiter.api.Test;

/** Rent paid a quarter in advance the day before a 90-day period is not rent never recorded. */
class DataCompletenessTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 2);

    @Test
    void aLinePaidShortlyBeforeThePeriodIsNotMissingButTheMarginSaysItLeavesItOut() {
        PeriodLedger ledger = PeriodLedger.of(List.of(day(FROM, Map.of(TransactionKind.SALE, "300000",
                TransactionKind.COGS, "-120000", TransactionKind.PAYROLL, "-60000"))))
                .withEarlier(List.of(day(FROM.minusDays(1), Map.of(TransactionKind.RENT, "-78000"))));

        DataCompleteness completeness = DataCompleteness.of(ledger, 90, TestWording.english());

        assertThat(DataCompleteness.missingLines(ledger)).isEmpty();
        assertThat(ledger.paidBefore()).containsEntry(CostCategory.OCCUPANCY, FROM.minusDays(1));
        assertThat(completeness.netMargin().status()).isEqualTo(DataCompleteness.Figure.PARTIAL);
        assertThat(completeness.netMargin().reason()).isEqualTo("Paid before the period and not in it: rent (last paid"
                + " on 1 Apr 2026). The net margin and break-even leave these costs out.");
        assertThat(completeness.warnings()).noneMatch(warning -> warning.contains("no records of rent"));
    }

    @Test
    void aLineWithNoRecordsBeforeEitherIsMissing() {
        PeriodLedger ledger = PeriodLedger.of(List.of(day(FROM, Map.of(TransactionKind.SALE, "300000",
                TransactionKind.COGS, "-120000", TransactionKind.PAYROLL, "-60000"))))
                .withEarlier(List.of(day(FROM.minusDays(30), Map.of(TransactionKind.SALE, "9000"))));

        DataCompleteness completeness = DataCompleteness.of(ledger, 90, TestWording.english());

        assertThat(DataCompleteness.missingLines(ledger)).containsExactly(CostCategory.OCCUPANCY);
        assertThat(completeness.netMargin().reason()).contains("There are no records of rent over the period.");
    }

    @Test
    void theWarningsReadInChinese() {
        PeriodLedger ledger = PeriodLedger.of(List.of(day(FROM, Map.of(TransactionKind.SALE, "300000"))));

        DataCompleteness completeness = DataCompleteness.of(ledger, 90, TestWording.chinese());

        assertThat(completeness.grossMargin().reason()).isEqualTo("本期没有进货成本的记录。");
        assertThat(completeness.warnings()).containsExactly(
                "本期没有进货成本、人工成本或房租的记录。因此毛利率、净利率、盈亏平衡点和缺失项目的行业对比都无法得出。",
                "本期90天中有89天没有任何记录（有记录的日期从2026年4月2日到2026年4月2日）。");
    }

    private static DailySummaryDocument day(LocalDate date, Map<TransactionKind, String> byKind) {
        Map<TransactionKind, BigDecimal> amounts = new EnumMap<>(TransactionKind.class);
        byKind.forEach((kind, amount) -> amounts.put(kind, new BigDecimal(amount)));
        return new DailySummaryDocument("m:" + date, "m", date, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                amounts, Map.of(), Map.of(), Map.of(), Map.of(), 0, 0);
    }
}
