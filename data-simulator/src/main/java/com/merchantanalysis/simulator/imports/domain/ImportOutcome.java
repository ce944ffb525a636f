package com.merchantanalysis.simulator.imports.domain;

/**
 * What became of an upload: imported at once ({@code result}), or started as a job ({@code job}).
 * Exactly one is set.
 */
public record ImportOutcome(ImportResult result, ImportJobDocument job) {

    static ImportOutcome done(ImportResult result) {
        return new ImportOutcome(result, null);
    }

    static ImportOutcome started(ImportJobDocument job) {
        return new ImportOutcome(null, job);
    }
}
