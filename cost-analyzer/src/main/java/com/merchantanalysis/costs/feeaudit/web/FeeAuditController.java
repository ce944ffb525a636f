package com.merchantanalysis.costs.feeaudit.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.feeaudit.domain.FeeAuditService;
import com.merchantanalysis.costs.feeaudit.model.FeeAuditReport;

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
@Tag(name = "Fee audit")
class FeeAuditController {

    private final FeeAuditService audits;

    FeeAuditController(FeeAuditService audits) {
        this.audits = audits;
    }

    @Operation(summary = "Contracted against effective fee rate per channel, the overcharge in yuan and the sales showing it",
            description = "Without from/to: the 90 days ending on the merchant's last day with data. Evidence is the "
                    + "sales whose fee exceeds contract × amount by more than rounding, largest excess first.")
    @GetMapping("/{merchantId}/fee-audit")
    FeeAuditReport feeAudit(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "page of evidence per channel, from 0")
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @Parameter(description = "evidence per page and channel (default 20)")
            @RequestParam(required = false) @Min(1) Integer size,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return audits.audit(Caller.from(authentication), merchantId, from, to, page, size, locale);
    }
}
