package com.merchantanalysis.costs.breakeven.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.breakeven.domain.BreakEvenService;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport;
import com.merchantanalysis.costs.breakeven.model.BreakEvenReport.WhatIfParameters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/costs/merchants")
@Tag(name = "Break-even")
class BreakEvenController {

    private final BreakEvenService breakEven;

    BreakEvenController(BreakEvenService breakEven) {
        this.breakEven = breakEven;
    }

    @Operation(summary = "Fixed costs, contribution margin, break-even revenue and orders, safety margin",
            description = "The what-if parameters change rent, COGS or payment fees by a percentage; the changed "
                    + "scenario is answered beside the base one.")
    @GetMapping("/{merchantId}/break-even")
    BreakEvenReport breakEven(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "rent change in percent, e.g. 10 for +10%")
            @RequestParam(required = false) @DecimalMin("-100") @DecimalMax("1000") BigDecimal rentChangePct,
            @Parameter(description = "COGS change in percent, e.g. 8 for +8%")
            @RequestParam(required = false) @DecimalMin("-100") @DecimalMax("1000") BigDecimal cogsChangePct,
            @Parameter(description = "payment-fee rate change in percent of the current rate, e.g. -36.67 for 0.6% to 0.38%")
            @RequestParam(required = false) @DecimalMin("-100") @DecimalMax("1000") BigDecimal feeRateChangePct,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return breakEven.breakEven(Caller.from(authentication), merchantId, from, to,
                new WhatIfParameters(rentChangePct, cogsChangePct, feeRateChangePct), locale);
    }
}
