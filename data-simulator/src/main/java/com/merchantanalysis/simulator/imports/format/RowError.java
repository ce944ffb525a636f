package com.merchantanalysis.simulator.imports.format;

/** Why one row of an import was rejected: its line in the file, the field, and what is wrong. */
public record RowError(long line, String field, String message) {
}
