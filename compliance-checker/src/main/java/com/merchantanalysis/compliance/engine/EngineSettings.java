package com.merchantanalysis.compliance.engine;

import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.Severity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the engine lists evidence and turns findings into a score.
 *
 * @param evidenceLimit    most transactions listed per finding (the largest; totals count all of them)
 * @param dimensionPoints  the most each dimension can add to the 0–100 score; they add up to 100
 * @param severityWeights  how much of a dimension's points one finding of that severity takes; several
 *                         findings combine as 1 − Π(1 − weight), so the dimension never exceeds its points
 * @param highLevel        score from which the level is HIGH
 * @param mediumLevel      score from which the level is MEDIUM (a single HIGH finding also makes it MEDIUM)
 */
@Validated
@ConfigurationProperties("merchant.compliance.engine")
public record EngineSettings(
        @DefaultValue("100") @Positive int evidenceLimit,
        Map<Dimension, Integer> dimensionPoints,
        Map<Severity, Double> severityWeights,
        @DefaultValue("70") @Min(1) @Max(100) int highLevel,
        @DefaultValue("40") @Min(1) @Max(100) int mediumLevel) {

    public EngineSettings {
        if (dimensionPoints == null || dimensionPoints.isEmpty()) {
            dimensionPoints = new EnumMap<>(Map.of(Dimension.CASH, 25, Dimension.TRANSFERS, 10, Dimension.CARD, 25,
                    Dimension.COLLECTION, 15, Dimension.LICENCE, 10, Dimension.TAX, 15));
        }
        if (severityWeights == null || severityWeights.isEmpty()) {
            severityWeights = new EnumMap<>(Map.of(Severity.LOW, 0.2, Severity.MEDIUM, 0.5, Severity.HIGH, 0.85));
        }
        dimensionPoints = Map.copyOf(dimensionPoints);
        severityWeights = Map.copyOf(severityWeights);
        if (mediumLevel > highLevel) {
            throw new IllegalArgumentException("mediumLevel must not exceed highLevel");
        }
    }

    public static EngineSettings defaults() {
        return new EngineSettings(100, null, null, 70, 40);
    }
}
