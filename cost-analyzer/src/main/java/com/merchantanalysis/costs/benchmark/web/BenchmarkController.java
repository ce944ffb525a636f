package com.merchantanalysis.costs.benchmark.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.benchmark.domain.BenchmarkService;
import com.merchantanalysis.costs.benchmark.model.BenchmarkReport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/costs/merchants")
@Tag(name = "Benchmarks")
class BenchmarkController {

    private final BenchmarkService benchmarks;

    BenchmarkController(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Operation(summary = "Each cost ratio against the range for the merchant's archetype and city tier, with its source",
            description = "Without from/to: the 90 days ending on the merchant's last day with data.")
    @GetMapping("/{merchantId}/benchmarks")
    BenchmarkReport benchmarks(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return benchmarks.benchmarks(Caller.from(authentication), merchantId, from, to, locale);
    }
}
