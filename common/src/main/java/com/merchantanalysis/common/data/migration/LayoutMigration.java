package com.merchantanalysis.common.data.migration;

/**
 * One numbered step of the merchant-data layout. {@link #apply()} must be idempotent: a step cut off
 * half-way is run again from the start on the next start of data-simulator.
 */
public interface LayoutMigration {

    /** The layout version the database is at once this step has run. */
    int version();

    String description();

    void apply();
}
