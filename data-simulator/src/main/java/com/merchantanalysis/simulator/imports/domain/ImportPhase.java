package com.merchantanalysis.simulator.imports.domain;

/** Where a running import job is: first every row is checked, then the valid ones are written. */
public enum ImportPhase {
    CHECKING,
    STORING,
    FINISHED
}
