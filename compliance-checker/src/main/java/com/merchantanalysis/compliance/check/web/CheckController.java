package com.merchantanalysis.compliance.check.web;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.compliance.check.domain.CheckService;
import com.merchantanalysis.compliance.web.FindingTexts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "checks", description = "Compliance checks: findings with evidence and citations, and a risk score")
class CheckController {

    private final CheckService checks;
    private final FindingTexts texts;

    CheckController(CheckService checks, FindingTexts texts) {
        this.checks = checks;
        this.texts = texts;
    }

    @PostMapping("/merchants/{merchantId}/checks")
    @Operation(summary = "Check a merchant over a period and store the report",
            description = "Findings are risk indicators (what a bank, acquirer or tax bureau may flag), not legal "
                    + "determinations.")
    ResponseEntity<ReportResponse> check(@PathVariable String merchantId, @Valid @RequestBody CheckRequest request,
            Authentication authentication, Locale locale) {
        var report = checks.check(Caller.from(authentication), merchantId, request.from(), request.to(),
                request.ruleSetVersion());
        return ResponseEntity.created(URI.create("/api/v1/compliance/reports/" + report.id()))
                .body(ReportResponse.of(report, texts, locale));
    }

    @GetMapping("/reports/{reportId}")
    @Operation(summary = "A stored report")
    ReportResponse report(@PathVariable String reportId, Authentication authentication, Locale locale) {
        return ReportResponse.of(checks.report(Caller.from(authentication), reportId), texts, locale);
    }

    @GetMapping("/merchants/{merchantId}/reports")
    @Operation(summary = "A merchant's stored reports, newest first")
    PageResponse<ReportSummaryView> reports(@PathVariable String merchantId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Authentication authentication) {
        return PageResponse.of(checks.reports(Caller.from(authentication), merchantId, page, size),
                ReportSummaryView::of);
    }
}
