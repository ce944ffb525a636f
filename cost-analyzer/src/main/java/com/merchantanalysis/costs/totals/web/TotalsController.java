package com.merchantanalysis.costs.totals.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.totals.domain.CostTotalsService;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/costs/merchants")
class TotalsController {

    private final CostTotalsService totals;

    TotalsController(CostTotalsService totals) {
        this.totals = totals;
    }

    /** Totals over the days from {@code from} to {@code to} (yyyy-MM-dd), both included. */
    @GetMapping("/{merchantId}/totals")
    TotalsResponse totals(@PathVariable String merchantId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return TotalsResponse.of(totals.totals(Caller.from(authentication), merchantId, from, to, locale));
    }
}
