package com.merchantanalysis.simulator.simulation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import com.merchantanalysis.common.data.PlantedEvent;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.simulator.simulation.domain.InjectSpec;
import com.merchantanalysis.simulator.simulation.domain.SimulationJobs;
import com.merchantanalysis.simulator.simulation.domain.SimulationRequest;
import com.merchantanalysis.common.text.Wording;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/simulator")
class SimulationController {

    private final SimulationJobs jobs;
    private final MessageSource messages;

    SimulationController(SimulationJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /** Starts a simulation in the background: 202 with the job, and its address in Location. */
    @PostMapping("/merchants/{merchantId}/simulations")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<JobResponse> start(@PathVariable String merchantId,
            @Valid @RequestBody StartSimulationRequest request, Authentication authentication, Locale locale) {
        var job = jobs.submit(Caller.from(authentication), merchantId, new SimulationRequest(request.from(),
                request.to(), request.seed(), inject(request.inject())));
        return ResponseEntity.accepted().location(URI.create("/api/v1/simulator/jobs/" + job.id()))
                .body(JobResponse.of(job, new Wording(messages, locale)));
    }

    @GetMapping("/merchants/{merchantId}/simulations")
    List<JobResponse> list(@PathVariable String merchantId, Authentication authentication, Locale locale) {
        Wording wording = new Wording(messages, locale);
        return jobs.list(Caller.from(authentication), merchantId).stream().map(job -> JobResponse.of(job, wording))
                .toList();
    }

    private static List<InjectSpec> inject(List<InjectRequest> requests) {
        if (requests == null) {
            return List.of();
        }
        List<InjectSpec> specs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            InjectRequest request = requests.get(i);
            specs.add(new InjectSpec(event(request.event(), i), request.from(), request.to(), request.channel(),
                    request.feeRate()));
        }
        return specs;
    }

    private static PlantedEvent event(String name, int index) {
        try {
            return PlantedEvent.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("inject[" + index + "].event",
                    "is not one of " + Arrays.toString(PlantedEvent.values()));
        }
    }
}
