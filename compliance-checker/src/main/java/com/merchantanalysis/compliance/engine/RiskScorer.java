package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.compliance.rules.model.Dimension;
import com.merchantanalysis.compliance.rules.model.Severity;

/**
 * Turns findings into a 0–100 score: each dimension can add at most its configured points, and several
 * findings in a dimension combine as 1 − Π(1 − weight) so that repeats raise it with diminishing effect.
 * Near misses do not count.
 */
public final class RiskScorer {

    private final EngineSettings settings;

    public RiskScorer(EngineSettings settings) {
        this.settings = settings;
    }

    public RiskScore score(List<Finding> findings) {
        List<DimensionScore> dimensions = new ArrayList<>();
        double total = 0;
        boolean anyHigh = false;
        for (Dimension dimension : Dimension.values()) {
            int max = settings.dimensionPoints().getOrDefault(dimension, 0);
            double untouched = 1;
            int count = 0;
            for (Finding finding : findings) {
                if (finding.dimension() == dimension) {
                    untouched *= 1 - settings.severityWeights().getOrDefault(finding.severity(), 0.0);
                    count++;
                    anyHigh |= finding.severity() == Severity.HIGH;
                }
            }
            double points = max * (1 - untouched);
            total += points;
            dimensions.add(new DimensionScore(dimension, BigDecimal.valueOf(points).setScale(2, RoundingMode.HALF_UP),
                    max, count));
        }
        int score = (int) Math.min(100, Math.round(total));
        return new RiskScore(score, level(score, anyHigh), dimensions);
    }

    String level(int score, boolean anyHigh) {
        if (score >= settings.highLevel()) {
            return "HIGH";
        }
        if (score >= settings.mediumLevel() || anyHigh) {
            return "MEDIUM";
        }
        return "LOW";
    }
}
