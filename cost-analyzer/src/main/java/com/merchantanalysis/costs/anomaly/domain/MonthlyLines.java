package com.merchantanalysis.costs.anomaly.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.merchantanalysis.common.data.DailySummaryDocument;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.PeriodLedger;

/**
 * Each cost line's amount per complete month, and per day for evidence. A month is complete when the
 * data covers it from its first to its last day.
 */
final class MonthlyLines {

    private final List<YearMonth> months;
    private final Map<CostCategory, Map<YearMonth, BigDecimal>> monthly = new EnumMap<>(CostCategory.class);
    private final Map<CostCategory, Map<LocalDate, BigDecimal>> daily = new EnumMap<>(CostCategory.class);
    private final Map<YearMonth, BigDecimal> revenue = new TreeMap<>();

    private MonthlyLines(List<YearMonth> months) {
        this.months = months;
    }

    /** {@code days} in date order, read up to {@code lastDay}. */
    static MonthlyLines of(List<DailySummaryDocument> days, LocalDate lastDay) {
        if (days.isEmpty()) {
            return new MonthlyLines(List.of());
        }
        LocalDate first = days.get(0).date();
        List<YearMonth> complete = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first); !month.atEndOfMonth().isAfter(lastDay); month = month.plusMonths(1)) {
            if (!month.atDay(1).isBefore(first)) {
                complete.add(month);
            }
        }
        MonthlyLines lines = new MonthlyLines(List.copyOf(complete));
        for (CostCategory category : CostCategory.values()) {
            Map<YearMonth, BigDecimal> perMonth = new TreeMap<>();
            complete.forEach(month -> perMonth.put(month, BigDecimal.ZERO));
            lines.monthly.put(category, perMonth);
            lines.daily.put(category, new TreeMap<>());
        }
        complete.forEach(month -> lines.revenue.put(month, BigDecimal.ZERO));
        for (DailySummaryDocument day : days) {
            PeriodLedger ledger = PeriodLedger.of(List.of(day));
            YearMonth month = YearMonth.from(day.date());
            lines.revenue.computeIfPresent(month, (m, sum) -> sum.add(ledger.revenue()));
            for (CostCategory category : CostCategory.values()) {
                BigDecimal amount = ledger.cost(category);
                if (amount.signum() != 0) {
                    lines.daily.get(category).put(day.date(), amount);
                    lines.monthly.get(category).computeIfPresent(month, (m, sum) -> sum.add(amount));
                }
            }
        }
        return lines;
    }

    /** The complete months, in order. */
    List<YearMonth> months() {
        return months;
    }

    double[] values(CostCategory category) {
        return monthly.get(category).values().stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }

    double[] revenue() {
        return revenue.values().stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }

    /** Whether the line was booked on any day read, complete month or not. */
    boolean booked(CostCategory category) {
        return !daily.get(category).isEmpty();
    }

    BigDecimal amount(CostCategory category, YearMonth month) {
        return monthly.get(category).getOrDefault(month, BigDecimal.ZERO);
    }

    /** The days of {@code month} the line was booked on, with their amounts. */
    Map<LocalDate, BigDecimal> days(CostCategory category, YearMonth month) {
        return ((TreeMap<LocalDate, BigDecimal>) daily.get(category)).subMap(month.atDay(1), true, month.atEndOfMonth(), true);
    }
}
