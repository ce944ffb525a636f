package com.merchantanalysis.simulator.simulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;

import com.merchantanalysis.common.data.PaymentChannel;

/**
 * An event to plant: {@code event} is a PlantedEvent name; {@code from} its first day (default: about a
 * month into the period), {@code to} its last day where it spans days (PERSONAL_CODE_BUSINESS,
 * FEE_OVERCHARGE), {@code channel} and {@code feeRate} for FEE_OVERCHARGE.
 */
record InjectRequest(
        @NotBlank String event,
        LocalDate from,
        LocalDate to,
        PaymentChannel channel,
        @DecimalMin("0") @DecimalMax("0.2") @Digits(integer = 1, fraction = 6) BigDecimal feeRate) {
}
