package com.merchantanalysis.simulator.job.domain;

import java.util.function.BooleanSupplier;

/** The body of a job, run on a job thread. */
@FunctionalInterface
public interface JobWork {

    /**
     * @param cancelled true once the job should stop early: its merchant is being deleted or the
     *                  service is shutting down; check it between batches
     */
    void run(BooleanSupplier cancelled);
}
