package com.merchantanalysis.simulator.imports.web;

import com.merchantanalysis.simulator.imports.domain.ImportJobs;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.web.JobView;
import com.merchantanalysis.common.text.Wording;

import org.springframework.stereotype.Component;

/** How {@code GET jobs/{jobId}} shows an import. */
@Component
class ImportJobView implements JobView {

    private final ImportJobs jobs;

    ImportJobView(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobType type() {
        return JobType.IMPORT;
    }

    @Override
    public Object view(String jobId, Wording wording) {
        return ImportJobResponse.of(jobs.find(jobId), wording);
    }
}
