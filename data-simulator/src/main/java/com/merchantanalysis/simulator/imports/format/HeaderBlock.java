package com.merchantanalysis.simulator.imports.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The lines above a bill's column header: title, account, period, totals, notes (a personal WeChat
 * bill has 16 of them, an Alipay one more, and they change between exports). They are read line by
 * line until a row looks like the layout's header, so their number does not matter; the rows below
 * are then parsed as CSV from the next line on.
 */
final class HeaderBlock {

    /** The most lines looked at for the header; real header blocks have fewer than 30. */
    static final int MAX_LINES = 200;

    private HeaderBlock() {
    }

    /** A column header row: its line in the file and its cleaned column names with their positions. */
    record Header(long line, Map<String, Integer> columns) {
    }

    /**
     * Reads lines until one is a header that {@code isHeader} accepts. The reader then stands on the
     * first line after the header.
     *
     * @param noHeader  the bundle key saying what the file is not and which header row it lacks, said
     *                  when no header comes within {@link #MAX_LINES} lines (its first argument)
     * @param named     the columns that key names (its further arguments)
     * @throws BadFileException when no header row comes within {@link #MAX_LINES} lines or before the end
     */
    static Header require(BufferedReader text, Predicate<Map<String, Integer>> isHeader, String noHeader,
            String... named) {
        try {
            for (long line = 1; line <= MAX_LINES; line++) {
                String raw = text.readLine();
                if (raw == null) {
                    break;
                }
                Map<String, Integer> columns = columns(raw);
                if (!columns.isEmpty() && isHeader.test(columns)) {
                    return new Header(line, columns);
                }
            }
            List<Arg> args = new ArrayList<>();
            args.add(Arg.number(MAX_LINES));
            Arrays.stream(named).map(Arg::text).forEach(args::add);
            throw new BadFileException(1, "header", new Message(noHeader, args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line's cells as cleaned column names; empty if the line is not CSV on its own. */
    static Map<String, Integer> columns(String line) {
        if (line.isBlank()) {
            return Map.of();
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(CSVFormat.DEFAULT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? BillCells.columns(records.next()) : Map.of();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // a stray quote in a title line: not a header
            return Map.of();
        }
    }
}
