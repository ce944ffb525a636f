package com.merchantanalysis.simulator.simulation.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.merchantanalysis.common.data.TransactionDocument;
import com.merchantanalysis.common.data.StoreResult;

/**
 * Writes batches on writer threads while the caller generates the next one. At most
 * {@code maxInFlight} batches are being written (plus the one being filled), so generation and the
 * store's own work (mapping, rollups) overlap the database round trips without memory growing with
 * the period. Batch order does not matter: inserts are unordered and rollups are increments. Not
 * thread-safe: one generating thread per writer.
 */
public final class PipelinedWriter {

    private final ExecutorService executor;
    private final int maxInFlight;
    private final Function<List<TransactionDocument>, StoreResult> store;
    private final Deque<Future<StoreResult>> inFlight = new ArrayDeque<>();
    private long stored;
    private long duplicates;

    public PipelinedWriter(ExecutorService executor, int maxInFlight,
            Function<List<TransactionDocument>, StoreResult> store) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.store = store;
    }

    /** Hands the batch to a writer thread, first waiting while too many are in flight; do not reuse the batch. */
    public void write(List<TransactionDocument> batch) {
        while (inFlight.size() >= maxInFlight) {
            collect(inFlight.poll());
        }
        if (!batch.isEmpty()) {
            inFlight.add(executor.submit(() -> store.apply(batch)));
        }
    }

    /** Waits for every batch in flight; the first failure is rethrown here. */
    public void flush() {
        RuntimeException failure = null;
        while (!inFlight.isEmpty()) {
            try {
                collect(inFlight.poll());
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public long stored() {
        return stored;
    }

    public long duplicates() {
        return duplicates;
    }

    private void collect(Future<StoreResult> pending) {
        try {
            StoreResult result = pending.get();
            stored += result.stored();
            duplicates += result.duplicates();
        } catch (InterruptedException e) {
            inFlight.forEach(future -> future.cancel(true));
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SimulationRun.SimulationCancelled();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
