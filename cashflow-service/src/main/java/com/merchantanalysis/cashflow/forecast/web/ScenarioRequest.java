package com.merchantanalysis.cashflow.forecast.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.merchantanalysis.cashflow.forecast.domain.Scenario;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.web.InvalidFieldException;

/**
 * What-if changes to a merchant's forecast; at least one is needed.
 *
 * @param revenueChange      sales up or down by {@code percent} from {@code from} (default: the first day)
 * @param newMonthlyCost     a new fixed cost paid every month on {@code dayOfMonth} from {@code from}
 * @param oneOffPayments     single payments on given days
 * @param channelFeeChanges  new fee rates in percent of sales (0.6 = 0.6%) per channel
 */
record ScenarioRequest(Integer horizon, Double floor, LocalDate asOf, RevenueChange revenueChange,
        NewMonthlyCost newMonthlyCost, List<OneOffPayment> oneOffPayments, List<FeeChange> channelFeeChanges) {

    record RevenueChange(Double percent, LocalDate from) {
    }

    record NewMonthlyCost(Double amount, Integer dayOfMonth, LocalDate from) {
    }

    record OneOffPayment(LocalDate date, Double amount) {
    }

    record FeeChange(PaymentChannel channel, Double feeRatePercent) {
    }

    /** The domain scenario, or 400 naming the first field that is wrong. */
    Scenario toScenario(LocalDate start, LocalDate end) {
        Double percent = null;
        LocalDate changeFrom = null;
        if (revenueChange != null) {
            percent = RequestChecks.finite(revenueChange.percent(), Double.NaN, "revenueChange.percent");
            if (percent <= -100 || percent > 1000) {
                throw new InvalidFieldException("revenueChange.percent", "must be above -100 and at most 1000");
            }
            changeFrom = revenueChange.from();
        }
        Scenario.MonthlyCost monthly = null;
        if (newMonthlyCost != null) {
            double amount = positive(newMonthlyCost.amount(), "newMonthlyCost.amount");
            int day = RequestChecks.between(newMonthlyCost.dayOfMonth(), 1, 1, 31, "newMonthlyCost.dayOfMonth");
            monthly = new Scenario.MonthlyCost(amount, day, newMonthlyCost.from());
        }
        List<Scenario.OneOff> oneOffs = new ArrayList<>();
        List<OneOffPayment> payments = oneOffPayments == null ? List.of() : oneOffPayments;
        for (int i = 0; i < payments.size(); i++) {
            OneOffPayment payment = payments.get(i);
            String field = "oneOffPayments[" + i + "]";
            if (payment == null || payment.date() == null) {
                throw new InvalidFieldException(field + ".date", "is required");
            }
            if (payment.date().isBefore(start) || payment.date().isAfter(end)) {
                throw new InvalidFieldException(field + ".date", "must be within the horizon, " + start + " to " + end);
            }
            oneOffs.add(new Scenario.OneOff(payment.date(), positive(payment.amount(), field + ".amount")));
        }
        Map<PaymentChannel, Double> fees = new EnumMap<>(PaymentChannel.class);
        List<FeeChange> changes = channelFeeChanges == null ? List.of() : channelFeeChanges;
        for (int i = 0; i < changes.size(); i++) {
            FeeChange change = changes.get(i);
            String field = "channelFeeChanges[" + i + "]";
            if (change == null || change.channel() == null) {
                throw new InvalidFieldException(field + ".channel", "is required");
            }
            double rate = RequestChecks.finite(change.feeRatePercent(), Double.NaN, field + ".feeRatePercent");
            if (rate < 0 || rate > 100) {
                throw new InvalidFieldException(field + ".feeRatePercent", "must be between 0 and 100");
            }
            fees.put(change.channel(), rate / 100);
        }
        if (percent == null && monthly == null && oneOffs.isEmpty() && fees.isEmpty()) {
            throw new InvalidFieldException("body",
                    "give at least one of revenueChange, newMonthlyCost, oneOffPayments, channelFeeChanges");
        }
        return new Scenario(percent, changeFrom, monthly, oneOffs, fees);
    }

    private static double positive(Double value, String field) {
        double v = RequestChecks.finite(value, Double.NaN, field);
        if (!(v > 0)) {
            throw new InvalidFieldException(field, "must be a positive amount");
        }
        return v;
    }
}
