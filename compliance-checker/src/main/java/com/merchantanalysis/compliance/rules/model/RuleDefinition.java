package com.merchantanalysis.compliance.rules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A rule with all its versions, oldest first. */
public record RuleDefinition(String id, Dimension dimension, List<RuleVersion> versions) {

    public RuleDefinition {
        versions = List.copyOf(versions);
    }

    /** The version in force on {@code day}: the latest one whose effective date is not after it. */
    public Optional<RuleVersion> inForceOn(LocalDate day) {
        RuleVersion found = null;
        for (RuleVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<RuleVersion> version(int number) {
        return versions.stream().filter(v -> v.version() == number).findFirst();
    }

    public RuleVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
