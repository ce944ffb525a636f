package com.merchantanalysis.costs.breakeven.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.Scenario;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.WhatIfParameters;
import com.merchantanalysis.costs.ledger.CostCategory;
import com.merchantanalysis.costs.ledger.Money;
import com.merchantanalysis.costs.ledger.PeriodLedger;

/** The classic break-even computation: fixed costs over the contribution margin ratio. */
final class BreakEven {

    private BreakEven() {
    }

    /** The scenario of the ledger's costs, each changed by the what-if percentages (null = unchanged). */
    static Scenario of(PeriodLedger ledger, long days, Set<CostCategory> fixedCategories, WhatIfParameters whatIf) {
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
        if (revenue.signum() <= 0) {
            return new Scenario(Money.perMonth(revenue, days), Money.perMonth(fixed, days), Money.perMonth(variable, days),
                    null, false, null, null, ticket == null ? null : Money.cents(ticket), null, null, null,
                    Money.perMonth(revenue.subtract(fixed).subtract(variable), days));
        }
        BigDecimal ratio = BigDecimal.ONE.subtract(Money.divide(variable, revenue));
        BigDecimal profit = revenue.subtract(fixed).subtract(variable);
        if (ratio.signum() <= 0) {
            return new Scenario(Money.perMonth(revenue, days), Money.perMonth(fixed, days), Money.perMonth(variable, days),
                    ratio.setScale(4, RoundingMode.HALF_UP), false, null, null,
                    ticket == null ? null : Money.cents(ticket), null, null, null, Money.perMonth(profit, days));
        }
        BigDecimal breakEvenPerDay = Money.divide(Money.divide(fixed, BigDecimal.valueOf(days)), ratio);
        BigDecimal breakEvenPeriod = breakEvenPerDay.multiply(BigDecimal.valueOf(days));
        BigDecimal orders = ticket == null || ticket.signum() == 0 ? null
                : breakEvenPerDay.divide(ticket, 1, RoundingMode.HALF_UP);
        BigDecimal safety = revenue.subtract(breakEvenPeriod);
        return new Scenario(Money.perMonth(revenue, days), Money.perMonth(fixed, days), Money.perMonth(variable, days),
                ratio.setScale(4, RoundingMode.HALF_UP), true,
                Money.cents(breakEvenPerDay.multiply(Money.DAYS_PER_MONTH)), Money.cents(breakEvenPerDay),
                Money.cents(ticket), orders, Money.percent(safety, revenue), Money.perMonth(safety, days),
                Money.perMonth(profit, days));
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
