package com.merchantanalysis.compliance.summary.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway summary.
 *
 * @param topFindings  findings listed (most severe first)
 */
@Validated
@ConfigurationProperties("merchant.compliance.summary")
public record SummarySettings(@DefaultValue("5") @Min(1) @Max(50) int topFindings) {
}
