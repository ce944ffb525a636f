package com.merchantanalysis.simulator.imports.web;

import java.util.List;

import com.merchantanalysis.simulator.imports.domain.ImportResult;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.imports.format.WordedRowError;
import com.merchantanalysis.common.text.Wording;

/**
 * What an import did, its sentences in the reader's language.
 *
 * @param format      the layout the file was read as (recognised when no {@code format} was given)
 * @param encoding    the charset the file was read in
 * @param skipped     rows that moved no money (revoked, closed, refunded in full, between the owner's
 *                    own accounts): not errors, not stored
 * @param skippedRows the skipped rows by reason (which column said what, and why that moved no money),
 *                    with their first lines
 * @param errors      the first row errors (line 1 is the file's first line), up to the configured number
 */
record ImportResponse(BillLayout format, String encoding, int stored, int duplicates, int rejected, int skipped,
        List<SkippedRowsView> skippedRows, List<WordedRowError> errors) {

    record SkippedRowsView(String reason, int count, List<Long> lines) {
    }

    static ImportResponse of(ImportResult result, Wording wording) {
        return new ImportResponse(result.format(), result.encoding(), result.stored(), result.duplicates(),
                result.rejected(), result.skipped(),
                result.skippedRows().stream()
                        .map(s -> new SkippedRowsView(wording.render(s.reason()), s.count(), s.lines())).toList(),
                result.errors().stream().map(e -> WordedRowError.of(e, wording)).toList());
    }
}
