package com.merchantanalysis.simulator.imports.domain;

/** Told how far an import is, batch by batch: how a job shows its progress. */
interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** Rows read and checked so far (first pass). */
    default void checked(long rows) {
    }

    /** The check is done: this many valid rows are now written. */
    default void storing(long validRows) {
    }

    /** Valid rows written so far, duplicates included (second pass). */
    default void written(long rows) {
    }
}
