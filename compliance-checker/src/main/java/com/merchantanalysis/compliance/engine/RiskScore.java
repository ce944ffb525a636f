package com.merchantanalysis.compliance.engine;

import java.util.List;

/** The 0–100 score, its level (LOW, MEDIUM, HIGH) and each dimension's contribution. */
public record RiskScore(int score, String level, List<DimensionScore> dimensions) {

    public RiskScore {
        dimensions = List.copyOf(dimensions);
    }
}
