package com.merchantanalysis.simulator.job.web;

import com.merchantanalysis.simulator.job.domain.JobType;

/** Shows one kind of job in {@code GET jobs/{jobId}}; each kind of job provides its own. */
public interface JobView {

    JobType type();

    /** The job's API answer; the caller may see the job (checked before). */
    Object view(String jobId);
}
