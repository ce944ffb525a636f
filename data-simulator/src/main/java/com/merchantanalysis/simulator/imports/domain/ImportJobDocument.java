package com.merchantanalysis.simulator.imports.domain;

import java.time.Instant;
import java.util.List;

import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.common.text.Message;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A large import running as a job, kept with the other jobs: the file, how far the import is, and in
 * the end its result. Progress fields are updated batch by batch.
 *
 * @param lines        lines in the file, header block included (the scale of the first pass)
 * @param rowsChecked  rows read and checked so far
 * @param rowsToStore  valid rows, known once every row is checked
 * @param rowsWritten  valid rows written so far, duplicates included
 * @param result       set when the job is finished (also when it failed because no row was valid)
 * @param errors       why a FAILED job failed, worded when the job is read
 */
@Document(Jobs.COLLECTION)
public record ImportJobDocument(
        @Id String id,
        String merchantId,
        JobType type,
        JobState state,
        String fileName,
        BillLayout format,
        String encoding,
        long sizeBytes,
        long lines,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        ImportPhase phase,
        long rowsChecked,
        long rowsToStore,
        long rowsWritten,
        ImportResult result,
        List<Message> errors) {

    public ImportJobDocument {
        type = JobType.IMPORT;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static ImportJobDocument queued(PreparedImport prepared, Instant now) {
        return new ImportJobDocument(null, prepared.merchant().id(), JobType.IMPORT, JobState.QUEUED,
                prepared.fileName(), prepared.layout(), prepared.spool().charset().name(), prepared.spool().size(),
                prepared.spool().lines(), now, null, null, null, 0, 0, 0, null, List.of());
    }
}
