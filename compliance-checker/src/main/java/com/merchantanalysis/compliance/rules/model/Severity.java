package com.merchantanalysis.compliance.rules.model;

/** How urgently a merchant should act on a finding; ordered from least to most urgent. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
