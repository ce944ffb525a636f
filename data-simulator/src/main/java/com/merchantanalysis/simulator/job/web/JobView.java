package com.merchantanalysis.simulator.job.web;

import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.common.text.Wording;

/** Shows one kind of job in {@code GET jobs/{jobId}}; each kind of job provides its own. */
public interface JobView {

    JobType type();

    /**
     * The job's API answer, its sentences worded for the reader (who may read in another language than
     * the one the job was started in); the caller may see the job (checked before).
     */
    Object view(String jobId, Wording wording);
}
