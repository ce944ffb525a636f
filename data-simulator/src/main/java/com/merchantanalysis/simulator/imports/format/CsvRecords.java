package com.merchantanalysis.simulator.imports.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import com.merchantanalysis.common.text.Message;

import org.apache.commons.csv.CSVRecord;

/**
 * commons-csv records with the line each one starts on, and syntax errors turned into
 * {@link BadFileException}s naming the line.
 */
final class CsvRecords implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Lines read before this parser started (a bill's header block and header row). */
    private final long lineOffset;
    private long lastLine;
    private long startLine;

    CsvRecords(Reader reader, CSVFormat format) {
        this(reader, format, 0);
    }

    /** Records of the text that follows {@code lineOffset} lines already read, numbered as in the file. */
    CsvRecords(Reader reader, CSVFormat format, long lineOffset) {
        this.lineOffset = lineOffset;
        this.lastLine = lineOffset;
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException | IllegalArgumentException e) {
            throw new BadFileException(1, "file", Message.of("file.notCsv"));
        }
        this.records = parser.iterator();
    }

    /** The next record or null at the end; {@link #line()} is where it starts. */
    CSVRecord next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            // hasNext() parsed the record: the parser stands on its last line now
            CSVRecord record = records.next();
            long endLine = lineOffset + parser.getCurrentLineNumber();
            // skipped blank and comment lines come before the record; quoted line breaks are inside it
            startLine = Math.max(lastLine + 1, endLine - lineBreaksIn(record));
            lastLine = Math.max(endLine, startLine);
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            // the parser's own words (English, about tokens) would not help a shop owner; the line does
            throw new BadFileException(lastLine + 1, "file", Message.of("file.notCsvFromHere"));
        }
    }

    private static long lineBreaksIn(CSVRecord record) {
        long breaks = 0;
        for (String value : record) {
            breaks += value.chars().filter(c -> c == '\n').count();
        }
        return breaks;
    }

    long line() {
        return startLine;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
