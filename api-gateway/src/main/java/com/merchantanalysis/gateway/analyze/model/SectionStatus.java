package com.merchantanalysis.gateway.analyze.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a section of the report can be trusted alongside the others. */
public enum SectionStatus {
    /** Computed by its service on the same data version as the merchant the report describes. */
    OK,
    /** Computed on another data version: new data arrived while the report was being assembled. */
    STALE,
    /** Its service did not answer in time, failed, or is shed by its circuit breaker. */
    UNAVAILABLE;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
