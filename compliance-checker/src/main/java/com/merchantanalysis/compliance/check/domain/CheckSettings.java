package com.merchantanalysis.compliance.check.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of a check.
 *
 * @param maxPeriodYears     the longest period a check or summary may cover
 * @param defaultPeriodDays  without a period: the days up to the merchant's last day with data
 */
@Validated
@ConfigurationProperties("merchant.compliance.checks")
public record CheckSettings(
        @DefaultValue("5") @Min(1) @Max(20) int maxPeriodYears,
        @DefaultValue("90") @Positive int defaultPeriodDays) {
}
