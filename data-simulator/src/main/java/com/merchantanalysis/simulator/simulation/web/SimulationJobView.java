package com.merchantanalysis.simulator.simulation.web;

import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.web.JobView;
import com.merchantanalysis.simulator.simulation.domain.SimulationJobs;
import com.merchantanalysis.common.text.Wording;

import org.springframework.stereotype.Component;

/** How {@code GET jobs/{jobId}} shows a simulation. */
@Component
class SimulationJobView implements JobView {

    private final SimulationJobs jobs;

    SimulationJobView(SimulationJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public JobType type() {
        return JobType.SIMULATION;
    }

    @Override
    public Object view(String jobId, Wording wording) {
        return JobResponse.of(jobs.find(jobId), wording);
    }
}
