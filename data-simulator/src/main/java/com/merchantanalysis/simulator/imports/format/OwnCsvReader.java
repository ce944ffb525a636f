package com.merchantanalysis.simulator.imports.format;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Our documented CSV: a header row naming {@link ImportFields} (any order; the required ones must be
 * there, unknown ones are refused so that a typo does not silently drop a column), then one
 * transaction per row.
 */
public final class OwnCsvReader implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final CsvRecords records;
    private final List<String> header;

    public OwnCsvReader(Reader reader) {
        this.records = new CsvRecords(reader, FORMAT);
        CSVRecord first = records.next();
        if (first == null) {
            throw new BadFileException(1, "header", Message.of("file.empty"));
        }
        this.header = checkHeader(first, records.line());
    }

    @Override
    public SourceRow next() {
        CSVRecord record = records.next();
        if (record == null) {
            return null;
        }
        long line = records.line();
        if (record.size() != header.size()) {
            return SourceRow.rejected(line, "line", "row.cellCount", Arg.number(record.size()),
                    Arg.number(header.size()));
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), record.get(i).strip());
        }
        return SourceRow.of(line, fields);
    }

    @Override
    public void close() {
        records.close();
    }

    private static List<String> checkHeader(CSVRecord record, long line) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : record) {
            String name = stripBom(cell).strip();
            if (!ImportFields.ALL.contains(name)) {
                throw new BadFileException(line, "header", Message.of("file.unknownColumn", SourceRow.cell(name),
                        Arg.list(ImportFields.ALL)));
            }
            if (!seen.add(name)) {
                throw new BadFileException(line, "header", Message.of("file.columnTwice", SourceRow.cell(name)));
            }
            names.add(name);
        }
        List<String> missing = ImportFields.ALL.stream()
                .filter(f -> ImportFields.REQUIRED.contains(f) && !seen.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new BadFileException(line, "header", Message.of("file.requiredColumnsMissing", Arg.list(missing)));
        }
        return names;
    }

    /**
     * A first line that names at least one of our columns is meant as our header (a typo in another
     * column is then reported as such); a bill's header names none of them.
     */
    static boolean isHeader(Map<String, Integer> columns) {
        return columns.keySet().stream().anyMatch(ImportFields.ALL::contains);
    }

    static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }

    static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 40) + "...";
    }
}
