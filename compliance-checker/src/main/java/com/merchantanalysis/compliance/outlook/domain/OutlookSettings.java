package com.merchantanalysis.compliance.outlook.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param historyMonths calendar months of history (the last one partial) the ratio trends are fitted on */
@Validated
@ConfigurationProperties("merchant.compliance.outlook")
public record OutlookSettings(@DefaultValue("12") @Min(1) @Max(60) int historyMonths) {
}
