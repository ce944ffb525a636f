package com.merchantanalysis.cashflow.forecast.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.data.PaymentChannel;

/**
 * Changes to a forecast: revenue up or down by a percentage from a date, a new monthly cost, one-off
 * payments, and channel fee rates (fractions, 0.006 = 0.6%).
 */
public record Scenario(Double revenueChangePercent, LocalDate revenueChangeFrom, MonthlyCost newMonthlyCost,
        List<OneOff> oneOffPayments, Map<PaymentChannel, Double> feeRates) {

    public static final Scenario NONE = new Scenario(null, null, null, List.of(), Map.of());

    public record MonthlyCost(double amount, int dayOfMonth, LocalDate from) {
    }

    public record OneOff(LocalDate date, double amount) {
    }

    public Scenario {
        oneOffPayments = oneOffPayments == null ? List.of() : List.copyOf(oneOffPayments);
        feeRates = feeRates == null ? Map.of() : Map.copyOf(feeRates);
    }

    double revenueFactor(LocalDate date) {
        if (revenueChangePercent == null || (revenueChangeFrom != null && date.isBefore(revenueChangeFrom))) {
            return 1;
        }
        return 1 + revenueChangePercent / 100;
    }

    double extraOutflow(LocalDate date) {
        double extra = 0;
        if (newMonthlyCost != null && (newMonthlyCost.from() == null || !date.isBefore(newMonthlyCost.from()))
                && date.getDayOfMonth() == Math.min(newMonthlyCost.dayOfMonth(), date.lengthOfMonth())) {
            extra += newMonthlyCost.amount();
        }
        for (OneOff payment : oneOffPayments) {
            if (payment.date().equals(date)) {
                extra += payment.amount();
            }
        }
        return extra;
    }
}
