package com.merchantanalysis.compliance.engine;

import java.util.List;

/**
 * The code behind one rule id of the catalogue. It reads the shared aggregates and the parameters of the
 * version in force, and reports findings and near misses through the context. Thresholds come only from
 * the parameters.
 */
public interface ComplianceRule {

    String id();

    /** Parameters every version of this rule must define; checked when the catalogue is loaded. */
    List<String> requiredParameters();

    void evaluate(EvaluationContext context);
}
