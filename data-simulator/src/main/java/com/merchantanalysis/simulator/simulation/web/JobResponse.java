package com.merchantanalysis.simulator.simulation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.merchantanalysis.common.data.PaymentChannel;
import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.simulator.job.domain.JobState;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.PlantedSummary;
import com.merchantanalysis.simulator.simulation.domain.SimulationJobDocument;
import com.merchantanalysis.common.text.Wording;

/**
 * A simulation job: what was asked, its state and progress, errors and what it planted, the sentences in
 * the reader's language.
 */
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
        List<PlantedView> planted) {

    /** Days and transactions done so far; {@code ratePerSecond} is transactions generated per second. */
    record Progress(int daysDone, int daysTotal, long transactionsGenerated, long transactionsStored,
            long duplicates, double ratePerSecond) {
    }

    /**
     * What a simulation planted, and which service and rule or analysis should find it.
     *
     * @param detail         what was planted, in words
     * @param channel        FEE_OVERCHARGE and PERSONAL_CODE_BUSINESS: the channel it was planted on
     * @param floorCrossedOn CASH_SHORTFALL only: the first day the balance ended below zero, or null
     */
    record PlantedView(PlantedEvent event, String label, String service, String finder, LocalDate from, LocalDate to,
            long transactionCount, String detail, PaymentChannel channel, LocalDate floorCrossedOn) {

        static PlantedView of(PlantedSummary planted, Wording wording) {
            return new PlantedView(planted.event(), planted.label(), planted.service(), planted.finder(),
                    planted.from(), planted.to(), planted.transactionCount(), wording.render(planted.detail()),
                    planted.channel(), planted.floorCrossedOn());
        }
    }

    static JobResponse of(SimulationJobDocument job, Wording wording) {
        return new JobResponse(job.id(), JobType.SIMULATION, job.merchantId(), job.state(), job.from(), job.to(), job.seed(), job.inject(),
                job.createdAt(), job.startedAt(), job.finishedAt(),
                new Progress(job.daysDone(), job.daysTotal(), job.transactionsGenerated(), job.transactionsStored(),
                        job.duplicates(), job.ratePerSecond()),
                wording.render(job.errors()), job.planted().stream().map(p -> PlantedView.of(p, wording)).toList());
    }
}
