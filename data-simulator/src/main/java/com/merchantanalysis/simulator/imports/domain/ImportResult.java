package com.merchantanalysis.simulator.imports.domain;

import java.util.List;

import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.common.text.Message;

/**
 * What an import did.
 *
 * @param format       the layout the file was read as
 * @param encoding     the charset it was read in
 * @param skipped      rows that moved no money (revoked, refunded in full, neutral); not errors
 * @param skippedRows  the skipped rows grouped by reason
 * @param errors       the first row errors, in file order (all rejected rows are counted)
 */
public record ImportResult(BillLayout format, String encoding, int stored, int duplicates, int rejected, int skipped,
        List<SkippedRows> skippedRows, List<RowError> errors) {

    public ImportResult {
        skippedRows = skippedRows == null ? List.of() : List.copyOf(skippedRows);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * Nothing could be stored and something was wrong: an empty table, or no row valid. A bill whose
     * rows were all skipped (all revoked, say) is not wrong.
     */
    boolean nothingValid() {
        return stored + duplicates == 0 && !(rejected == 0 && skipped > 0);
    }

    /**
     * Skipped rows that share a reason.
     *
     * @param reason the column, what the bill says in it and why that moved no money
     * @param lines  the first of their lines, in file order
     */
    public record SkippedRows(Message reason, int count, List<Long> lines) {
    }
}
