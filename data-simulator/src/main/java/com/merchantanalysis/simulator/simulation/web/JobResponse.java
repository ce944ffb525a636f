package com.merchantanalysis.simulator.simulation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.PlantedSummary;
import com.merchantanalysis.simulator.simulation.domain.SimulationJobDocument;

/** A simulation job: what was asked, its state and progress, errors and what it planted. */
record JobResponse(
        String id,
        JobType type,
        String merchantId,
        JobState state,
        LocalDate from,
        LocalDate to,
        long seed,
        List<InjectSpec> inject,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Progress progress,
        List<String> errors,
        List<PlantedSummary> planted) {

    /** Days and transactions done so far; {@code ratePerSecond} is transactions generated per second. */
    record Progress(int daysDone, int daysTotal, long transactionsGenerated, long transactionsStored,
            long duplicates, double ratePerSecond) {
    }

    static JobResponse of(SimulationJobDocument job) {
        return new JobResponse(job.id(), JobType.SIMULATION, job.merchantId(), job.state(), job.from(), job.to(), job.seed(), job.inject(),
                job.createdAt(), job.startedAt(), job.finishedAt(),
                new Progress(job.daysDone(), job.daysTotal(), job.transactionsGenerated(), job.transactionsStored(),
                        job.duplicates(), job.ratePerSecond()),
                job.errors(), job.planted());
    }
}
