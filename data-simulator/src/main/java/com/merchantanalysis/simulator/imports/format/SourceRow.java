package com.merchantanalysis.simulator.imports.format;

import java.util.List;
import java.util.Map;

/**
 * One row of an uploaded file, already mapped to the import's own field names (see
 * {@link ImportFields}) but not yet validated.
 *
 * @param line    the line the row starts on in the file (1 = first line)
 * @param fields  field name to raw text; absent or blank means not given
 * @param errors  problems the file layout itself found in the row (e.g. an unknown bill state)
 */
public record SourceRow(long line, Map<String, String> fields, List<RowError> errors) {

    public SourceRow {
        fields = Map.copyOf(fields);
        errors = List.copyOf(errors);
    }

    public static SourceRow of(long line, Map<String, String> fields) {
        return new SourceRow(line, fields, List.of());
    }

    public static SourceRow rejected(long line, String field, String message) {
        return new SourceRow(line, Map.of(), List.of(new RowError(line, field, message)));
    }
}
