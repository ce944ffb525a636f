package com.merchantanalysis.simulator.simulation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;

/**
 * An event to plant, as requested; null fields take the event's defaults (see {@link PlantPlan}).
 * For CASH_SHORTFALL {@code from} is the first day of the decline and {@code to} the day the balance is
 * meant to be below zero by (default twelve weeks later).
 *
 * @param channel  FEE_OVERCHARGE only: the channel that overcharges
 * @param feeRate  FEE_OVERCHARGE only: the rate it charges (default contract + 0.2 points)
 */
public record InjectSpec(PlantedEvent event, LocalDate from, LocalDate to, PaymentChannel channel,
        BigDecimal feeRate) {
}
