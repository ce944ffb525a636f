package com.merchantanalysis.costs.breakeven.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.Scenario;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.WhatIfParameters;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.DataCompleteness;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;

/** The classic break-even computation: fixed costs over the contribution margin ratio. */
final class BreakEven {

    private BreakEven() {
    }

    /**
     * The scenario of the ledger's costs, each changed by the what-if percentages (null = unchanged). Without
     * the records break-even needs ({@code basis} UNKNOWN) only the amounts are given: a break-even of 0 over
     * missing fixed costs would read as good news.
     */
    static Scenario of(PeriodLedger ledger, long days, Set<CostCategory> fixedCategories, WhatIfParameters whatIf,
            DataCompleteness.Figure basis) {
        BigDecimal fixed = BigDecimal.ZERO;
        BigDecimal variable = BigDecimal.ZERO;
        for (CostCategory category : CostCategory.values()) {
            BigDecimal amount = ledger.cost(category).multiply(factor(category, whatIf));
            if (fixedCategories.contains(category)) {
                fixed = fixed.add(amount);
            } else {
                variable = variable.add(amount);
            }
        }
        BigDecimal revenue = ledger.revenue();
        BigDecimal ticket = ledger.averageTicket();
        BigDecimal averageTicket = ticket == null ? null : Money.cents(ticket);
        BigDecimal revenuePerMonth = Money.perMonth(revenue, days);
        BigDecimal fixedPerMonth = Money.perMonth(fixed, days);
        BigDecimal variablePerMonth = Money.perMonth(variable, days);
        if (!basis.given()) {
            return new Scenario(revenuePerMonth, fixedPerMonth, variablePerMonth, null, basis.status(), basis.reason(),
                    null, null, null, averageTicket, null, null, null, null);
        }
        BigDecimal profit = Money.perMonth(revenue.subtract(fixed).subtract(variable), days);
        BigDecimal ratio = BigDecimal.ONE.subtract(Money.divide(variable, revenue));
        BigDecimal marginPct = ratio.multiply(Money.HUNDRED).setScale(2, RoundingMode.HALF_UP);
        if (ratio.signum() <= 0) {
            return new Scenario(revenuePerMonth, fixedPerMonth, variablePerMonth, marginPct, basis.status(),
                    basis.reason(), false, null, null, averageTicket, null, null, null, profit);
        }
        BigDecimal breakEvenPerDay = Money.divide(Money.divide(fixed, BigDecimal.valueOf(days)), ratio);
        BigDecimal breakEvenPeriod = breakEvenPerDay.multiply(BigDecimal.valueOf(days));
        BigDecimal orders = ticket == null || ticket.signum() == 0 ? null
                : breakEvenPerDay.divide(ticket, 1, RoundingMode.HALF_UP);
        BigDecimal safety = revenue.subtract(breakEvenPeriod);
        return new Scenario(revenuePerMonth, fixedPerMonth, variablePerMonth, marginPct, basis.status(), basis.reason(),
                true, Money.cents(breakEvenPerDay.multiply(Money.DAYS_PER_MONTH)), Money.cents(breakEvenPerDay),
                averageTicket, orders, Money.percent(safety, revenue), Money.perMonth(safety, days), profit);
    }

    private static BigDecimal factor(CostCategory category, WhatIfParameters whatIf) {
        if (whatIf == null) {
            return BigDecimal.ONE;
        }
        BigDecimal change = switch (category) {
            case OCCUPANCY -> whatIf.rentChangePct();
            case COGS -> whatIf.cogsChangePct();
            case PAYMENT_FEES -> whatIf.feeRateChangePct();
            default -> null;
        };
        return change == null ? BigDecimal.ONE : BigDecimal.ONE.add(change.movePointLeft(2));
    }
}
