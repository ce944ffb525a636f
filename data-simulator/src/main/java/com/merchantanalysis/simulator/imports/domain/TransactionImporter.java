package com.merchantanalysis.simulator.imports.domain;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.StoreResult;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.imports.format.BadFileException;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.imports.format.LayoutSniffer;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.simulator.imports.format.RowReader;
import com.merchantanalysis.simulator.imports.format.SourceRow;
import com.merchantanalysis.simulator.store.TransactionStore;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded file of transactions for one merchant. The file is read twice: first every row
 * is checked, so that a file that cannot be imported (bad layout, no valid row) stores nothing; then
 * the valid rows are streamed to the store in batches. Duplicates (by externalId on the same local day)
 * are skipped, so the same file can be imported again safely, also after an import was cut off. Rows
 * that moved no money (revoked, refunded in full, neutral) are counted as skipped, with the reason.
 */
@Service
public class TransactionImporter {

    /** The values of the {@code format} parameter. */
    private static final Set<String> FORMATS = Set.of("csv", "wechat", "alipay");
    private static final Logger log = LoggerFactory.getLogger(TransactionImporter.class);
    private static final int LINES_PER_SKIP_REASON = 10;

    private final TransactionStore store;
    private final ImportSettings settings;
    private final Clock clock;
    private final Counter storedRows;
    private final Counter duplicateRows;
    private final Counter rejectedRows;
    private final Counter skippedRows;

    TransactionImporter(TransactionStore store, ImportSettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.storedRows = rowCounter(meters, "stored");
        this.duplicateRows = rowCounter(meters, "duplicate");
        this.rejectedRows = rowCounter(meters, "rejected");
        this.skippedRows = rowCounter(meters, "skipped");
    }

    /**
     * Receives the upload and finds out what it is: spooled to a file, its encoding and layout known,
     * its header checked. Cheap next to the import itself, so it is done before answering.
     *
     * @throws ImportFileException if the file as a whole cannot be imported; nothing was stored then
     */
    PreparedImport prepare(MerchantDocument merchant, Upload upload) {
        String format = format(upload);
        UploadSpool spool = UploadSpool.of(upload.body(), settings.maxFileSize().toBytes(), upload.charset());
        try {
            Optional<BillLayout> found = upload.jsonLines() ? Optional.of(BillLayout.JSON_LINES) : sniff(spool);
            PreparedImport prepared = new PreparedImport(merchant, spool, layout(format, found), found.isPresent()
                    || format != null, upload.fileName());
            open(prepared).close();
            return prepared;
        } catch (RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    /**
     * Checks every row, then stores the valid ones, telling {@code progress} how far it is. Does not
     * close the upload.
     *
     * @param cancelled checked between batches; when true the import stops with {@link ImportCancelled}
     * @throws ImportFileException if the file breaks its layout further down (then nothing was stored)
     */
    ImportResult run(PreparedImport prepared, ImportProgress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        MerchantDocument merchant = prepared.merchant();
        RowValidator validator = new RowValidator(merchant, clock.instant());
        List<RowError> errors = new ArrayList<>();
        Map<Message, List<Long>> skipped = new LinkedHashMap<>();
        Map<Message, Integer> skippedCounts = new LinkedHashMap<>();
        int valid = 0;
        int rejected = 0;
        int skippedTotal = 0;
        int read = 0;
        try (RowReader rows = open(prepared)) {
            for (SourceRow row = next(rows); row != null; row = next(rows)) {
                if (row.isSkipped()) {
                    skippedTotal++;
                    skippedCounts.merge(row.skipReason(), 1, Integer::sum);
                    List<Long> lines = skipped.computeIfAbsent(row.skipReason(), reason -> new ArrayList<>());
                    if (lines.size() < LINES_PER_SKIP_REASON) {
                        lines.add(row.line());
                    }
                } else {
                    RowValidator.Result result = validator.validate(row);
                    if (result.valid()) {
                        valid++;
                    } else {
                        rejected++;
                        result.errors().stream().limit(settings.maxErrors() - errors.size()).forEach(errors::add);
                    }
                }
                if (++read % settings.batchSize() == 0) {
                    progress.checked(read);
                    stopIf(cancelled, 0);
                }
            }
        }
        progress.checked(read);
        rejectedRows.increment(rejected);
        skippedRows.increment(skippedTotal);
        List<ImportResult.SkippedRows> skippedRowsByReason = skipped.entrySet().stream()
                .map(e -> new ImportResult.SkippedRows(e.getKey(), skippedCounts.get(e.getKey()), e.getValue()))
                .toList();
        String encoding = prepared.spool().charset().name();
        if (valid == 0) {
            return new ImportResult(prepared.layout(), encoding, 0, 0, rejected, skippedTotal, skippedRowsByReason,
                    errors);
        }
        long checked = System.nanoTime();
        progress.storing(valid);
        StoreResult stored = storeValidRows(prepared, validator, progress, cancelled);
        storedRows.increment(stored.stored());
        duplicateRows.increment(stored.duplicates());
        long done = System.nanoTime();
        log.info("Imported {} file ({}) for merchant {}: {} stored, {} duplicates, {} rejected, {} skipped; checked in"
                + " {} ms, stored in {} ms", prepared.layout(), encoding, merchant.id(), stored.stored(),
                stored.duplicates(), rejected, skippedTotal, millis(started, checked), millis(checked, done));
        return new ImportResult(prepared.layout(), encoding, stored.stored(), stored.duplicates(), rejected,
                skippedTotal, skippedRowsByReason, errors);
    }

    private StoreResult storeValidRows(PreparedImport prepared, RowValidator validator, ImportProgress progress,
            BooleanSupplier cancelled) {
        StoreResult total = StoreResult.NONE;
        List<TransactionDocument> batch = new ArrayList<>(settings.batchSize());
        try (RowReader rows = open(prepared)) {
            for (SourceRow row = next(rows); row != null; row = next(rows)) {
                if (row.isSkipped()) {
                    continue;
                }
                RowValidator.Result result = validator.validate(row);
                if (result.valid()) {
                    batch.add(result.transaction());
                    if (batch.size() == settings.batchSize()) {
                        stopIf(cancelled, total.stored() + total.duplicates());
                        total = total.plus(store.store(prepared.merchant(), batch));
                        batch.clear();
                        progress.written(total.stored() + total.duplicates());
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            stopIf(cancelled, total.stored() + total.duplicates());
            total = total.plus(store.store(prepared.merchant(), batch));
            progress.written(total.stored() + total.duplicates());
        }
        return total;
    }

    private static void stopIf(BooleanSupplier cancelled, long written) {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelled(written);
        }
    }

    private static String format(Upload upload) {
        if (upload.format() == null || upload.format().isBlank()) {
            return null;
        }
        String format = upload.format().strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw ImportFileException.badFormatParameter("import.formatUnknown");
        }
        if (upload.jsonLines() && !format.equals("csv")) {
            throw ImportFileException.badFormatParameter("import.formatNotJsonLines", Arg.text(format));
        }
        return format;
    }

    private static Optional<BillLayout> sniff(UploadSpool spool) {
        return LayoutSniffer.sniff(spool.open());
    }

    /**
     * The layout to read: the recognised one when it fits the asked format (or none was asked), else
     * the asked family's usual layout, whose reader then says what its header lacks.
     */
    private static BillLayout layout(String format, Optional<BillLayout> found) {
        if (found.isPresent() && (format == null || found.get().format().equals(format))) {
            return found.get();
        }
        if (format == null) {
            return BillLayout.CSV;
        }
        if (found.isPresent() && found.get() != BillLayout.JSON_LINES) {
            throw ImportFileException.otherFormat(format, found.get());
        }
        return switch (format) {
            case "wechat" -> BillLayout.WECHAT_TRADE;
            case "alipay" -> BillLayout.ALIPAY_MERCHANT;
            default -> BillLayout.CSV;
        };
    }

    private static RowReader open(PreparedImport prepared) {
        Reader text = prepared.spool().open();
        try {
            return prepared.layout().open(text);
        } catch (BadFileException e) {
            closeQuietly(text);
            throw ImportFileException.badFile(rowError(e), prepared.recognised() ? null : "import.hint.notRecognised");
        } catch (RuntimeException e) {
            closeQuietly(text);
            throw e;
        }
    }

    private static void closeQuietly(Reader text) {
        try {
            text.close();
        } catch (IOException e) {
            log.debug("Closing an upload reader failed", e);
        }
    }

    private static SourceRow next(RowReader rows) {
        try {
            return rows.next();
        } catch (BadFileException e) {
            throw ImportFileException.badFile(rowError(e), null);
        }
    }

    private static RowError rowError(BadFileException e) {
        return new RowError(e.line(), e.field(), e.problem());
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Counter rowCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("simulator.import.rows").tag("outcome", outcome)
                .description("Rows of imported files by what became of them").register(meters);
    }

    /** Thrown between batches when the import was told to stop; {@code written} rows were stored by then. */
    static final class ImportCancelled extends RuntimeException {

        private final long written;

        ImportCancelled(long written) {
            super(null, null, false, false);
            this.written = written;
        }

        long written() {
            return written;
        }
    }
}
