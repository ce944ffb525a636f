package com.merchantanalysis.simulator.imports.domain;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.web.NotFoundException;
import com.merchantanalysis.simulator.job.domain.JobLane;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.common.text.Message;
import com.merchantanalysis.common.text.Message.Arg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Imports a file at once when it is small, and as a job when it is large, so that a big bill is never
 * cut off by a gateway or client timeout (and never looks failed while its rows are still being
 * stored). A job runs on the import lane of {@link Jobs}, like a simulation, and is followed at
 * {@code GET jobs/{jobId}}.
 */
@Service
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final TransactionImporter importer;
    private final ImportSettings settings;
    private final MongoTemplate mongo;
    private final JobLane lane;
    private final Clock clock;

    ImportJobs(TransactionImporter importer, ImportSettings settings, MongoTemplate mongo, Jobs jobs, Clock clock) {
        this.importer = importer;
        this.settings = settings;
        this.mongo = mongo;
        this.clock = clock;
        this.lane = jobs.lane("imports", settings.jobThreads(), settings.jobQueueCapacity());
    }

    /**
     * Receives the upload and imports it, at once or as a job.
     *
     * @param asJob run it as a job whatever its size (the client asked with {@code Prefer: respond-async})
     * @throws ImportFileException if the file as a whole cannot be imported; nothing was stored then
     */
    public ImportOutcome submit(MerchantDocument merchant, Upload upload, boolean asJob) {
        PreparedImport prepared = importer.prepare(merchant, upload);
        if (!asJob && prepared.spool().lines() <= settings.jobAboveLines()
                && prepared.spool().size() <= settings.jobAboveSize().toBytes()) {
            try (prepared) {
                ImportResult result = importer.run(prepared, ImportProgress.NONE, () -> false);
                if (result.nothingValid()) {
                    throw ImportFileException.noValidRow(result.rejected(), result.skipped(), result.errors());
                }
                return ImportOutcome.done(result);
            }
        }
        try {
            ImportJobDocument job = mongo.insert(ImportJobDocument.queued(prepared, clock.instant()));
            lane.submit(job.id(), merchant.id(), cancelled -> execute(job.id(), prepared, cancelled));
            log.info("Import {} queued for merchant {}: {} ({}, {} bytes, {} lines)", job.id(), merchant.id(),
                    prepared.layout(), prepared.spool().charset(), prepared.spool().size(), prepared.spool().lines());
            return ImportOutcome.started(job);
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    /** The job as stored; the caller was checked by {@link Jobs#typeOf}. */
    public ImportJobDocument find(String jobId) {
        ImportJobDocument job = mongo.findById(jobId, ImportJobDocument.class);
        if (job == null) {
            throw new NotFoundException("No import job with id '" + jobId + "'");
        }
        return job;
    }

    private void execute(String jobId, PreparedImport prepared, BooleanSupplier cancelled) {
        try (prepared) {
            ImportJobDocument job = mongo.findById(jobId, ImportJobDocument.class);
            if (job == null || job.state() != JobState.QUEUED
                    || mongo.findById(job.merchantId(), MerchantDocument.class) == null) {
                return;
            }
            update(jobId, new Update().set("state", JobState.RUNNING).set("startedAt", clock.instant())
                    .set("phase", ImportPhase.CHECKING));
            ImportResult result = importer.run(prepared, progress(jobId), cancelled);
            if (result.nothingValid()) {
                ImportFileException refused = ImportFileException.noValidRow(result.rejected(), result.skipped(),
                        result.errors());
                finish(jobId, JobState.FAILED, result, List.of(refused.detail()));
            } else {
                finish(jobId, JobState.SUCCEEDED, result, List.of());
            }
        } catch (TransactionImporter.ImportCancelled e) {
            finish(jobId, JobState.FAILED, null, List.of(Message.of("job.importStopped", Arg.number(e.written()))));
        } catch (ImportFileException e) {
            // the file broke its layout below the header: nothing was stored
            finish(jobId, JobState.FAILED, null, List.of(e.detail()));
        }
    }

    private ImportProgress progress(String jobId) {
        return new ImportProgress() {
            @Override
            public void checked(long rows) {
                update(jobId, new Update().set("rowsChecked", rows));
            }

            @Override
            public void storing(long validRows) {
                update(jobId, new Update().set("phase", ImportPhase.STORING).set("rowsToStore", validRows));
            }

            @Override
            public void written(long rows) {
                update(jobId, new Update().set("rowsWritten", rows));
            }
        };
    }

    private void finish(String jobId, JobState state, ImportResult result, List<Message> errors) {
        Update update = new Update().set("state", state).set("finishedAt", clock.instant())
                .set("phase", ImportPhase.FINISHED).set("errors", errors);
        if (result != null) {
            update.set("result", result);
        }
        update(jobId, update);
        log.info("Import {} {}: {}", jobId, state, result == null ? errors.get(0).key() : result.stored() + " stored, "
                + result.duplicates() + " duplicates, " + result.rejected() + " rejected, " + result.skipped()
                + " skipped");
    }

    private void update(String jobId, Update update) {
        mongo.updateFirst(byId(jobId), update, ImportJobDocument.class);
    }

    private static Query byId(String jobId) {
        return query(where("_id").is(jobId));
    }
}
