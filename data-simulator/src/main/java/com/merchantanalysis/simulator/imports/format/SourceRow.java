package com.merchantanalysis.simulator.imports.format;

import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded file, already mapped to the import's own field names (see
 * {@link ImportFields}) but not yet validated. A row is data, rejected, or skipped.
 *
 * @param line        the line the row starts on in the file (1 = first line)
 * @param fields      field name to raw text; absent or blank means not given
 * @param errors      problems the file layout itself found in the row (e.g. an unknown bill state)
 * @param skipReason  why a row that is not wrong is still not a transaction (revoked, refunded in
 *                    full, moved between the owner's own accounts); null for other rows
 */
public record SourceRow(long line, Map<String, String> fields, List<RowError> errors, String skipReason) {

    public SourceRow {
        fields = Map.copyOf(fields);
        errors = List.copyOf(errors);
    }

    public static SourceRow of(long line, Map<String, String> fields) {
        return new SourceRow(line, fields, List.of(), null);
    }

    public static SourceRow rejected(long line, String field, String message) {
        return new SourceRow(line, Map.of(), List.of(new RowError(line, field, message)), null);
    }

    /**
     * A row the bill lists but that moved no money for the merchant.
     *
     * @param value what the bill says in {@code column}, e.g. REVOKED or 已撤销
     * @param why   in words, e.g. "revoked, closed or never paid: no money moved"
     */
    public static SourceRow skipped(long line, String column, String value, String why) {
        return new SourceRow(line, Map.of(), List.of(), column + " " + OwnCsvReader.shorten(value) + ": " + why);
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
