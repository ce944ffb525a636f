package com.merchantanalysis.simulator.imports.domain;

import java.util.List;

import com.merchantanalysis.simulator.imports.format.RowError;

/**
 * What an import did.
 *
 * @param errors the first row errors, in file order (all rejected rows are counted)
 */
public record ImportResult(int stored, int duplicates, int rejected, List<RowError> errors) {
}
