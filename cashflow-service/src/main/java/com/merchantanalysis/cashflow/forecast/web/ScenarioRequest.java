package com.merchantanalysis.cashflow.forecast.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.merchantanalysis.cashflow.forecast.domain.Scenario;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.web.InvalidFieldException;

/**
 * What-if changes to a merchant's forecast; at least one is needed. Amounts are yuan, at most to the fen.
 *
 * @param revenueChange      sales up or down by {@code percent} from {@code from} (default: the first day)
 * @param newMonthlyCost     a new fixed cost paid every month on {@code dayOfMonth} from {@code from}
 * @param oneOffPayments     single payments on given days
 * @param channelFeeChanges  new fee rates in percent of sales (0.6 = 0.6%) per channel
 */
record ScenarioRequest(
        @Min(1) @Max(RequestChecks.MAX_HORIZON) Integer horizon,
        @Digits(integer = 13, fraction = 2) BigDecimal floor,
        LocalDate asOf,
        @Valid RevenueChange revenueChange,
        @Valid NewMonthlyCost newMonthlyCost,
        @Size(max = 366) List<@NotNull @Valid OneOffPayment> oneOffPayments,
        @Size(max = 20) List<@NotNull @Valid FeeChange> channelFeeChanges) {

    record RevenueChange(
            @NotNull @DecimalMin(value = "-100", inclusive = false) @DecimalMax("1000") BigDecimal percent,
            LocalDate from) {
    }

    record NewMonthlyCost(
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
            @Min(1) @Max(31) Integer dayOfMonth,
            LocalDate from) {
    }

    record OneOffPayment(
            @NotNull LocalDate date,
            @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount) {
    }

    record FeeChange(
            @NotNull PaymentChannel channel,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal feeRatePercent) {
    }

    /** Named {@code body} in the 400, as the whole request is what lacks a change. */
    @JsonIgnore
    @AssertTrue(message = "{validation.scenario.oneChange}")
    boolean isBody() {
        return revenueChange != null || newMonthlyCost != null
                || (oneOffPayments != null && !oneOffPayments.isEmpty())
                || (channelFeeChanges != null && !channelFeeChanges.isEmpty());
    }

    /**
     * The domain scenario over the forecast's days; a one-off payment outside them is a 400 naming it,
     * the only check that needs the merchant's forecast origin.
     */
    Scenario toScenario(LocalDate start, LocalDate end, Wording wording) {
        Double percent = revenueChange == null ? null : revenueChange.percent().doubleValue();
        LocalDate changeFrom = revenueChange == null ? null : revenueChange.from();
        Scenario.MonthlyCost monthly = newMonthlyCost == null ? null
                : new Scenario.MonthlyCost(newMonthlyCost.amount().doubleValue(),
                        newMonthlyCost.dayOfMonth() == null ? 1 : newMonthlyCost.dayOfMonth(), newMonthlyCost.from());
        List<Scenario.OneOff> oneOffs = new ArrayList<>();
        List<OneOffPayment> payments = oneOffPayments == null ? List.of() : oneOffPayments;
        for (int i = 0; i < payments.size(); i++) {
            OneOffPayment payment = payments.get(i);
            if (payment.date().isBefore(start) || payment.date().isAfter(end)) {
                throw new InvalidFieldException("oneOffPayments[" + i + "].date",
                        wording.text("validation.scenario.oneOffInHorizon", wording.day(start), wording.day(end)));
            }
            oneOffs.add(new Scenario.OneOff(payment.date(), payment.amount().doubleValue()));
        }
        Map<PaymentChannel, Double> fees = new EnumMap<>(PaymentChannel.class);
        if (channelFeeChanges != null) {
            channelFeeChanges.forEach(change -> fees.put(change.channel(), change.feeRatePercent().doubleValue() / 100));
        }
        return new Scenario(percent, changeFrom, monthly, oneOffs, fees);
    }
}
