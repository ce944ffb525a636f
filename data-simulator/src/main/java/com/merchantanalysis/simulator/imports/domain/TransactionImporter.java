package com.merchantanalysis.simulator.imports.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.imports.format.BadFileException;
import com.merchantanalysis.simulator.imports.format.RowError;
import com.merchantanalysis.simulator.imports.format.RowReader;
import com.merchantanalysis.simulator.imports.format.SourceRow;
import com.merchantanalysis.common.data.StoreResult;
import com.merchantanalysis.simulator.store.TransactionStore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded file of transactions for one merchant. The file is read twice: first every row
 * is checked, so that a file that cannot be imported (bad layout, no valid row) stores nothing; then
 * the valid rows are streamed to the store in batches. Duplicates (by externalId on the same local day)
 * are skipped, so the same file can be imported again safely, also after an import was cut off.
 */
@Service
public class TransactionImporter {

    private static final Logger log = LoggerFactory.getLogger(TransactionImporter.class);

    private final TransactionStore store;
    private final ImportSettings settings;
    private final Clock clock;
    private final Counter storedRows;
    private final Counter duplicateRows;
    private final Counter rejectedRows;

    TransactionImporter(TransactionStore store, ImportSettings settings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.storedRows = rowCounter(meters, "stored");
        this.duplicateRows = rowCounter(meters, "duplicate");
        this.rejectedRows = rowCounter(meters, "rejected");
    }

    /**
     * @param charset the charset the client declared, or null to recognise UTF-8 or GB18030
     * @throws ImportFileException if the file as a whole cannot be imported; nothing was stored then
     */
    public ImportResult importFile(MerchantDocument merchant, ImportFormat format, InputStream body,
            Charset charset) {
        long started = System.nanoTime();
        try (UploadSpool upload = UploadSpool.of(body, settings.maxFileSize().toBytes(), charset)) {
            long received = System.nanoTime();
            RowValidator validator = new RowValidator(merchant, clock.instant());
            List<RowError> errors = new ArrayList<>();
            int valid = 0;
            int rejected = 0;
            try (RowReader rows = open(format, upload)) {
                for (SourceRow row = next(rows); row != null; row = next(rows)) {
                    RowValidator.Result result = validator.validate(row);
                    if (result.valid()) {
                        valid++;
                    } else {
                        rejected++;
                        result.errors().stream().limit(settings.maxErrors() - errors.size()).forEach(errors::add);
                    }
                }
            }
            if (valid == 0) {
                rejectedRows.increment(rejected);
                throw ImportFileException.noValidRow(rejected, errors);
            }
            long checked = System.nanoTime();
            StoreResult stored = storeValidRows(merchant, format, upload, validator);
            storedRows.increment(stored.stored());
            duplicateRows.increment(stored.duplicates());
            rejectedRows.increment(rejected);
            long done = System.nanoTime();
            log.info("Imported {} file ({}) for merchant {}: {} stored, {} duplicates, {} rejected; received in {} ms,"
                    + " checked in {} ms, stored in {} ms", format, upload.charset(), merchant.id(), stored.stored(),
                    stored.duplicates(), rejected, millis(started, received), millis(received, checked),
                    millis(checked, done));
            return new ImportResult(stored.stored(), stored.duplicates(), rejected, List.copyOf(errors));
        }
    }

    private StoreResult storeValidRows(MerchantDocument merchant, ImportFormat format, UploadSpool upload,
            RowValidator validator) {
        StoreResult total = StoreResult.NONE;
        List<TransactionDocument> batch = new ArrayList<>(settings.batchSize());
        try (RowReader rows = open(format, upload)) {
            for (SourceRow row = next(rows); row != null; row = next(rows)) {
                RowValidator.Result result = validator.validate(row);
                if (result.valid()) {
                    batch.add(result.transaction());
                    if (batch.size() == settings.batchSize()) {
                        total = total.plus(store.store(merchant, batch));
                        batch.clear();
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            total = total.plus(store.store(merchant, batch));
        }
        return total;
    }

    private static RowReader open(ImportFormat format, UploadSpool upload) {
        Reader text = upload.open();
        try {
            return format.open(text);
        } catch (BadFileException e) {
            closeQuietly(text);
            throw ImportFileException.badFile(e.line(), e.field(), e.getMessage());
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
            throw ImportFileException.badFile(e.line(), e.field(), e.getMessage());
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Counter rowCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("simulator.import.rows").tag("outcome", outcome)
                .description("Rows of imported files by what became of them").register(meters);
    }
}
