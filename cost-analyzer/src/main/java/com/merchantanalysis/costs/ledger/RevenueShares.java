package com.merchantanalysis.costs.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each cost line and the net profit as a percentage of revenue, rounded to two decimals so that they
 * still add up to exactly 100.00 (largest-remainder rounding): a reader adding the column finds 100%.
 *
 * @param costs      share of each category, null without revenue
 * @param netMargin  net profit's share, null without revenue
 */
public record RevenueShares(Map<CostCategory, BigDecimal> costs, BigDecimal netMargin) {

    private static final BigDecimal UNITS = BigDecimal.valueOf(10_000);

    public static RevenueShares of(PeriodLedger ledger) {
        BigDecimal revenue = ledger.revenue();
        Map<CostCategory, BigDecimal> shares = new EnumMap<>(CostCategory.class);
        if (revenue.signum() <= 0) {
            return new RevenueShares(shares, null);
        }
        List<Part> parts = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            parts.add(new Part(category, ledger.cost(category).multiply(UNITS).divide(revenue, 12, RoundingMode.HALF_EVEN)));
        }
        parts.add(new Part(null, ledger.netProfit().multiply(UNITS).divide(revenue, 12, RoundingMode.HALF_EVEN)));
        long floors = 0;
        for (Part part : parts) {
            floors += part.floor();
        }
        long missing = UNITS.longValueExact() - floors;
        List<Part> byRemainder = parts.stream().sorted(Comparator.comparing(Part::remainder).reversed()).toList();
        BigDecimal net = null;
        for (int i = 0; i < byRemainder.size(); i++) {
            Part part = byRemainder.get(i);
            long units = part.floor() + (i < missing ? 1 : 0);
            BigDecimal percent = BigDecimal.valueOf(units, 2);
            if (part.category() == null) {
                net = percent;
            } else {
                shares.put(part.category(), percent);
            }
        }
        return new RevenueShares(shares, net);
    }

    public BigDecimal of(CostCategory category) {
        return costs.get(category);
    }

    private record Part(CostCategory category, BigDecimal exactUnits) {

        long floor() {
            return exactUnits.setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        BigDecimal remainder() {
            return exactUnits.subtract(BigDecimal.valueOf(floor()));
        }
    }
}
