package com.merchantanalysis.gateway.analyze.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.merchantanalysis.common.period.ForecastHorizon;
import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.security.Role;
import com.merchantanalysis.common.text.AnswerLanguage;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.common.web.TraceParent;
import com.merchantanalysis.gateway.analyze.AnalyzeSettings;
import com.merchantanalysis.gateway.analyze.domain.MerchantReportService;
import com.merchantanalysis.gateway.analyze.model.AnalyzeQuery;
import com.merchantanalysis.gateway.analyze.model.MerchantReport;
import com.merchantanalysis.gateway.web.TraceContextWebFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Merchant report", description = "Cash runway, cost leaks and compliance risk in one answer")
class AnalyzeController {

    static final String CACHE_HEADER = "X-Cache";

    private final MerchantReportService reports;
    private final AnalyzeSettings settings;

    AnalyzeController(MerchantReportService reports, AnalyzeSettings settings) {
        this.reports = reports;
        this.settings = settings;
    }

    @GetMapping("/merchant/analyze")
    @Operation(summary = "One merchant's health report",
            description = "Asks cashflow-service, cost-analyzer and compliance-checker at once. Each section is "
                    + "ok, stale (computed on other data than the merchant's current version) or unavailable "
                    + "(its service failed or was too slow); the report is answered either way. "
                    + "X-Cache says whether it was served from the cache; Cache-Control: no-cache recomputes it. "
                    + "Sentences are in Simplified Chinese, or in English with Accept-Language: en.")
    @ApiResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MerchantReport.class)))
    Mono<ResponseEntity<byte[]>> analyze(
            @Parameter(description = "Required for ADMIN and ANALYST clients; a MERCHANT client gets its own merchant")
            @RequestParam(required = false) @Size(max = 100) String merchantId,
            @Parameter(description = "Forecast days, 1 to 365 (default 30)")
            @RequestParam(required = false) @Min(1) @Max(ForecastHorizon.MAX_DAYS) Integer horizon,
            @Parameter(description = "Period start (yyyy-MM-dd); default: 89 days before `to`, or the merchant's first "
                    + "day with data when that is later")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Period end (yyyy-MM-dd); default: the merchant's last day with transactions. "
                    + "Every section covers this same period; the cash forecast starts the day after it")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication, ServerWebExchange exchange) {
        Caller caller = Caller.from(authentication);
        AnalyzeQuery query = new AnalyzeQuery(merchantOf(caller, merchantId),
                horizon == null ? settings.defaultHorizon() : horizon, from, to,
                AnswerLanguage.of(exchange.getLocaleContext().getLocale()));
        String token = ((Jwt) authentication.getPrincipal()).getTokenValue();
        TraceParent trace = TraceContextWebFilter.traceOf(exchange);
        boolean fresh = exchange.getRequest().getHeaders().getCacheControl() != null
                && exchange.getRequest().getHeaders().getCacheControl().contains("no-cache");
        return reports.analyze(caller, query, fresh, token, trace).map(answer -> ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .header(CACHE_HEADER, answer.cached() ? "HIT" : "MISS")
                .body(answer.json().getBytes(StandardCharsets.UTF_8)));
    }

    /** A merchant client analyses its own merchant; staff must say which one. */
    private static String merchantOf(Caller caller, String merchantId) {
        boolean staff = caller.hasRole(Role.ADMIN) || caller.hasRole(Role.ANALYST);
        if (merchantId == null || merchantId.isBlank()) {
            if (!staff && caller.merchantId() != null) {
                return caller.merchantId();
            }
            throw new InvalidFieldException("merchantId", "is required for ADMIN and ANALYST clients");
        }
        return merchantId;
    }
}
