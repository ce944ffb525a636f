package com.merchantanalysis.compliance.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one evaluation: findings (most severe first), near misses, the score, which rule versions
 * judged the period and how many transactions were read.
 */
public record EngineResult(LocalDate from, LocalDate to, List<Finding> findings, List<Finding> nearMisses,
        RiskScore risk, Map<String, List<Integer>> rulesApplied, long transactionsEvaluated) {
}
