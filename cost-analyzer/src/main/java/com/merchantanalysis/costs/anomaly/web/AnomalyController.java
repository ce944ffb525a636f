package com.merchantanalysis.costs.anomaly.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.anomaly.domain.AnomalyService;
import com.merchantanalysis.costs.anomaly.model.AnomalyReport;

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
@Tag(name = "Cost anomalies")
class AnomalyController {

    private final AnomalyService anomalies;

    AnomalyController(AnomalyService anomalies) {
        this.anomalies = anomalies;
    }

    @Operation(summary = "Cost lines that broke their own monthly pattern: spikes, drops and step changes",
            description = "Without from/to: the 90 days ending on the merchant's last day with data. Only complete "
                    + "months are judged; up to 24 months before the period are read as history.")
    @GetMapping("/{merchantId}/anomalies")
    AnomalyReport anomalies(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return anomalies.anomalies(Caller.from(authentication), merchantId, from, to, locale);
    }
}
