package com.merchantanalysis.simulator.transaction.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.stream.Stream;

import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.imports.format.ImportFields;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes transactions as our import CSV (same columns, so an export can be imported again and then
 * counts as all duplicates), every text cell neutralised for spreadsheets.
 */
final class TransactionCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(ImportFields.ALL.toArray(String[]::new)).get();

    private TransactionCsvWriter() {
    }

    static void write(Stream<TransactionDocument> transactions, ZoneId zone, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT); transactions) {
            Iterator<TransactionDocument> rows = transactions.iterator();
            while (rows.hasNext()) {
                TransactionDocument tx = rows.next();
                var counterparty = tx.counterparty();
                printer.printRecord(
                        CsvCells.neutralise(tx.externalId()),
                        tx.timestamp().atZone(zone).toOffsetDateTime().toString(),
                        TransactionView.cents(tx.amount()).toPlainString(),
                        tx.direction(),
                        tx.kind(),
                        tx.channel() == null ? "" : tx.channel().name(),
                        counterparty == null || counterparty.type() == null ? "" : counterparty.type().name(),
                        counterparty == null ? "" : CsvCells.neutralise(counterparty.id()),
                        counterparty == null ? "" : Boolean.toString(counterparty.crossBorder()),
                        CsvCells.neutralise(tx.invoiceReference()),
                        tx.fee() == null ? "" : TransactionView.cents(tx.fee()).toPlainString(),
                        CsvCells.neutralise(tx.description()));
            }
        }
    }
}
