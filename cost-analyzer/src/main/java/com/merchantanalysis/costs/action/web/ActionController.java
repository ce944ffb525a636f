package com.merchantanalysis.costs.action.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.action.domain.ActionService;
import com.merchantanalysis.costs.action.model.ActionReport;
import com.merchantanalysis.costs.action.model.CostSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/costs/merchants")
@Tag(name = "Actions")
class ActionController {

    private final ActionService actions;

    ActionController(ActionService actions) {
        this.actions = actions;
    }

    @Operation(summary = "Savings with their yuan per month, its derivation, evidence and confidence; and, in a list "
            + "of their own ranked by risk, recommendations without a yuan figure",
            description = "Without from/to: the 90 days ending on the merchant's last day with data.")
    @GetMapping("/{merchantId}/actions")
    ActionReport actions(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return actions.actions(Caller.from(authentication), merchantId, from, to, locale);
    }

    @Operation(summary = "The cost section of the gateway's merchant analysis: margins, top leaks, fee overcharge, "
            + "actions, data completeness and risk actions",
            description = "With `from`, `to` and `dataVersion` (the merchant's data version the caller has read, as "
                    + "the gateway's report does), an answer cached for that version is served without reading "
                    + "the merchant.")
    @GetMapping("/{merchantId}/summary")
    CostSummary summary(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @PositiveOrZero Long dataVersion,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return actions.summary(Caller.from(authentication), merchantId, from, to, dataVersion, locale);
    }
}
