package com.merchantanalysis.simulator.imports.format;

import java.util.List;
import java.util.Map;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

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
public record SourceRow(long line, Map<String, String> fields, List<RowError> errors, Message skipReason) {

    public SourceRow {
        fields = Map.copyOf(fields);
        errors = List.copyOf(errors);
    }

    public static SourceRow of(long line, Map<String, String> fields) {
        return new SourceRow(line, fields, List.of(), null);
    }

    public static SourceRow rejected(long line, String field, String key, Arg... args) {
        return new SourceRow(line, Map.of(), List.of(new RowError(line, field, Message.of(key, args))), null);
    }

    /**
     * A row the bill lists but that moved no money for the merchant.
     *
     * @param value what the bill says in {@code column}: its own words (已撤销) as they are, a code
     *              (REVOKED) as the label of a word
     * @param why   the bundle key saying why, e.g. {@link BillCells#NO_MONEY_MOVED}
     */
    public static SourceRow skipped(long line, String column, Arg value, String why) {
        return new SourceRow(line, Map.of(), List.of(), Message.of(why, Arg.text(column), value));
    }

    /** A cell of the file quoted in a sentence, shortened and without control characters. */
    public static Arg cell(String value) {
        return Arg.text(OwnCsvReader.shorten(value));
    }

    public boolean isSkipped() {
        return skipReason != null;
    }
}
