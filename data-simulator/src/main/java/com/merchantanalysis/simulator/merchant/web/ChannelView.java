package com.merchantanalysis.simulator.merchant.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.merchantanalysis.common.data.ChannelContract;
import com.merchantanalysis.common.data.PaymentChannel;

/** A payment channel's contract: fee as a fraction (0.006 = 0.6%) and settlement lag in days. */
record ChannelView(
        @NotNull PaymentChannel channel,
        @NotNull @DecimalMin("0") @DecimalMax("0.2") @Digits(integer = 1, fraction = 6) BigDecimal feeRate,
        @Min(0) @Max(60) int settlementLagDays) {

    ChannelContract toContract() {
        return new ChannelContract(channel, feeRate, settlementLagDays);
    }

    static ChannelView of(ChannelContract contract) {
        return new ChannelView(contract.channel(), contract.feeRate(), contract.settlementLagDays());
    }
}
