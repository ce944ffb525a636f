package com.merchantanalysis.compliance.engine;

import java.math.BigDecimal;

import com.merchantanalysis.compliance.rules.model.Dimension;

/** How much one risk dimension adds to the 0–100 score, out of the most it can add. */
public record DimensionScore(Dimension dimension, BigDecimal points, int maxPoints, int findings) {
}
