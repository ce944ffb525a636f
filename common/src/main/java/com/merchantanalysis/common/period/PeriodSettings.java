package com.merchantanalysis.common.period;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reporting-period rules every app shares, so that the sections of one report cover the same days.
 *
 * @param defaultDays   length of the period when the caller gives none
 * @param maxDays       the longest period a caller may ask for, first and last day included (1827 days is
 *                      five years with the two leap days they can hold)
 * @param earliestDate  no period may start before this day
 */
@Validated
@ConfigurationProperties("merchant.period")
public record PeriodSettings(
        @DefaultValue("90") @Min(1) @Max(1827) int defaultDays,
        @DefaultValue("1827") @Min(1) @Max(7320) int maxDays,
        @DefaultValue("2000-01-01") @NotNull LocalDate earliestDate) {
}
