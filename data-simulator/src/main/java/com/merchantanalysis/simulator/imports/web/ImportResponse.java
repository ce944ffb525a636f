package com.merchantanalysis.simulator.imports.web;

import java.util.List;

import com.merchantanalysis.simulator.imports.domain.ImportResult;

/**
 * @param errors the first row errors (line 1 is the file's first line), up to the configured number
 */
record ImportResponse(int stored, int duplicates, int rejected, List<RowErrorView> errors) {

    record RowErrorView(long line, String field, String message) {
    }

    static ImportResponse of(ImportResult result) {
        return new ImportResponse(result.stored(), result.duplicates(), result.rejected(), result.errors().stream()
                .map(e -> new RowErrorView(e.line(), e.field(), e.message())).toList());
    }
}
