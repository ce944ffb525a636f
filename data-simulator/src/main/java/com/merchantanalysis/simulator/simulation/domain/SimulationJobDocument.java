package com.merchantanalysis.simulator.simulation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.common.text.Message;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A simulation run as stored in {@code simulation_jobs}: what was asked, how far it got and what it
 * planted. Progress fields are updated while it runs. No index of its own: an index declared here
 * would be created when the app starts and stop it from starting while MongoDB is down.
 *
 * @param ratePerSecond transactions generated and stored per second of running time
 * @param type          always {@link JobType#SIMULATION}; absent in jobs stored before imports ran as jobs
 */
@Document(Jobs.COLLECTION)
public record SimulationJobDocument(
        @Id String id,
        String merchantId,
        JobState state,
        LocalDate from,
        LocalDate to,
        long seed,
        List<InjectSpec> inject,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        int daysDone,
        int daysTotal,
        long transactionsGenerated,
        long transactionsStored,
        long duplicates,
        double ratePerSecond,
        List<Message> errors,
        List<PlantedSummary> planted,
        JobType type) {

    public SimulationJobDocument {
        type = JobType.SIMULATION;
        inject = inject == null ? List.of() : List.copyOf(inject);
        errors = errors == null ? List.of() : List.copyOf(errors);
        planted = planted == null ? List.of() : List.copyOf(planted);
    }
}
