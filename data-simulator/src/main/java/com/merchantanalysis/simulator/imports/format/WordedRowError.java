package com.merchantanalysis.simulator.imports.format;

import com.merchantanalysis.common.text.Wording;

/** A row error as a reader sees it: line, field, and what is wrong in the reader's language. */
public record WordedRowError(long line, String field, String message) {

    public static WordedRowError of(RowError error, Wording wording) {
        return new WordedRowError(error.line(), error.field(), wording.render(error.message()));
    }
}
