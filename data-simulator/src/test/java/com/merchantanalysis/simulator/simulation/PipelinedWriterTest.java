package com.merchantanalysis.simulator.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.simulator.simulation.domain.PipelinedWriter;
import com.merchantanalysis.simulator.simulation.domain.PlantPlan;
import com.merchantanalysis.common.data.StoreResult;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipelinedWriterTest {

    private final ExecutorService writers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        writers.shutdownNow();
    }

    @Test
    void everyBatchIsWrittenOnceAndTheCountsAddUp() {
        var rows = SimulatorFixtures.generate(SimulatorFixtures.merchant("m-w", "fast-food"), 1,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 10), PlantPlan.none());
        List<TransactionDocument> written = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        PipelinedWriter writer = new PipelinedWriter(writers, 2, batch -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            written.addAll(batch);
            concurrent.decrementAndGet();
            return new StoreResult(batch.size() - 1, 1);
        });

        int batches = 0;
        for (int i = 0; i < rows.size(); i += 500) {
            writer.write(new ArrayList<>(rows.subList(i, Math.min(rows.size(), i + 500))));
            batches++;
        }
        writer.flush();

        assertThat(written).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(writer.stored()).isEqualTo(rows.size() - batches);
        assertThat(writer.duplicates()).isEqualTo(batches);
        assertThat(maxConcurrent.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aFailedBatchFailsTheFlush() {
        PipelinedWriter writer = new PipelinedWriter(writers, 2, batch -> {
            throw new IllegalStateException("store refused the batch");
        });

        writer.write(SimulatorFixtures.generate(SimulatorFixtures.merchant("m-w", "hotpot"), 1,
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), PlantPlan.none()));

        assertThatThrownBy(writer::flush).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused");
    }
}
