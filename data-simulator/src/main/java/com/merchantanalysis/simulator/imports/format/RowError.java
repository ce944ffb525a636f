package com.merchantanalysis.simulator.imports.format;

import com.merchantanalysis.common.text.Message;

/**
 * Why one row of an import was rejected: its line in the file, the field, and what is wrong, kept
 * without its language so that a job's result is worded for whoever reads it.
 */
public record RowError(long line, String field, Message message) {
}
