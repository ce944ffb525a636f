package com.merchantanalysis.compliance.summary.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.merchantanalysis.compliance.rules.model.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway summary.
 *
 * @param topFindings  findings listed (most severe first)
 * @param confidence   how sure an action is, by the severity of the finding behind it
 */
@Validated
@ConfigurationProperties("merchant.compliance.summary")
public record SummarySettings(
        @DefaultValue("5") @Min(1) @Max(50) int topFindings,
        Map<Severity, Double> confidence) {

    public SummarySettings {
        if (confidence == null || confidence.isEmpty()) {
            confidence = new EnumMap<>(Map.of(Severity.HIGH, 0.9, Severity.MEDIUM, 0.75, Severity.LOW, 0.6));
        }
        confidence = Map.copyOf(confidence);
    }
}
