package com.merchantanalysis.simulator.job.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.simulator.job.domain.JobType;
import com.merchantanalysis.simulator.job.domain.Jobs;
import com.merchantanalysis.common.text.Wording;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Jobs", description = "Simulations and large imports running in the background")
@RequestMapping("/api/v1/simulator")
class JobController {

    private final Jobs jobs;
    private final MessageSource messages;
    private final Map<JobType, JobView> views = new EnumMap<>(JobType.class);

    JobController(Jobs jobs, MessageSource messages, List<JobView> views) {
        this.jobs = jobs;
        this.messages = messages;
        views.forEach(view -> this.views.put(view.type(), view));
    }

    @Operation(summary = "A job's state, progress and result",
            description = "The Location of a started simulation or of an import answered 202. `type` says which: "
                    + "SIMULATION (days done, transactions generated and stored, what was planted) or IMPORT (rows "
                    + "checked and written, then the result: stored, duplicates, rejected with each row's problem, "
                    + "skipped with the reason). Poll until `state` is SUCCEEDED or FAILED. Its sentences (row "
                    + "errors, skip reasons, why it failed, what was planted) are worded in the reader's language "
                    + "(Accept-Language: zh-CN by default, or en), whichever language started the job.")
    @GetMapping("/jobs/{jobId}")
    Object get(@PathVariable String jobId, Authentication authentication, Locale locale) {
        JobType type = jobs.typeOf(Caller.from(authentication), jobId);
        return views.get(type).view(jobId, new Wording(messages, locale));
    }
}
