package com.merchantanalysis.simulator.job.domain;

/** Where a background job is: waiting for a thread, running, or finished one way or the other. */
public enum JobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
