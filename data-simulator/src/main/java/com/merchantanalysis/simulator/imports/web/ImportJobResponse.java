package com.merchantanalysis.simulator.imports.web;

import java.time.Instant;
import java.util.List;

import com.merchantanalysis.simulator.imports.domain.ImportJobDocument;
import com.merchantanalysis.simulator.imports.domain.ImportPhase;
import com.merchantanalysis.simulator.imports.format.BillLayout;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.common.text.Wording;

/**
 * An import running as a job: the file, how far it is, and when it is finished its result (the same
 * as an import answered at once). {@code errors} says why a FAILED job failed. Its sentences are worded
 * for the reader, whichever language the import was started in.
 */
record ImportJobResponse(
        String id,
        JobType type,
        String merchantId,
        JobState state,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        FileView file,
        Progress progress,
        ImportResponse result,
        List<String> errors) {

    /** @param lines lines in the file, header block included */
    record FileView(String name, long sizeBytes, long lines, BillLayout format, String encoding) {
    }

    /**
     * @param rowsToStore valid rows, known once every row is checked
     * @param rowsWritten valid rows written so far, duplicates included
     * @param percent     rough: the check is the first half, the writing the second
     */
    record Progress(ImportPhase phase, long rowsChecked, long rowsToStore, long rowsWritten, int percent) {
    }

    static ImportJobResponse of(ImportJobDocument job, Wording wording) {
        return new ImportJobResponse(job.id(), JobType.IMPORT, job.merchantId(), job.state(), job.createdAt(),
                job.startedAt(), job.finishedAt(),
                new FileView(job.fileName(), job.sizeBytes(), job.lines(), job.format(), job.encoding()),
                new Progress(job.phase(), job.rowsChecked(), job.rowsToStore(), job.rowsWritten(), percent(job)),
                job.result() == null ? null : ImportResponse.of(job.result(), wording), wording.render(job.errors()));
    }

    private static int percent(ImportJobDocument job) {
        if (job.state().isFinished()) {
            return 100;
        }
        if (job.phase() == ImportPhase.STORING) {
            return 50 + (int) (50 * job.rowsWritten() / Math.max(1, job.rowsToStore()));
        }
        return (int) Math.min(49, 50 * job.rowsChecked() / Math.max(1, job.lines()));
    }
}
