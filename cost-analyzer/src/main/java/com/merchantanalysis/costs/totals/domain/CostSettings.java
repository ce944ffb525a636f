package com.merchantanalysis.costs.totals.domain;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the cost reports.
 *
 * @param maxPeriod  the longest period a report may cover, first and last day included; a plain
 *                   number means days. 1827 days is five years, with the two leap days they can hold.
 */
@Validated
@ConfigurationProperties("merchant.costs")
public record CostSettings(
        @DefaultValue("1827d") @DurationUnit(ChronoUnit.DAYS) @NotNull @DurationMin(days = 1) Duration maxPeriod) {
}
