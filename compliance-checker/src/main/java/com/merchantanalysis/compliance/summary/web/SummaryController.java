package com.merchantanalysis.compliance.summary.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.compliance.summary.domain.SummaryService;
import com.merchantanalysis.compliance.web.FindingTexts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance/merchants")
@Tag(name = "summary", description = "The compliance section of /merchant/analyze")
class SummaryController {

    private final SummaryService summaries;
    private final FindingTexts texts;
    private final MessageSource messages;

    SummaryController(SummaryService summaries, FindingTexts texts, MessageSource messages) {
        this.summaries = summaries;
        this.texts = texts;
        this.messages = messages;
    }

    /** Without a period: the 90 days up to the merchant's last day with data. */
    @GetMapping("/{merchantId}/summary")
    @Operation(summary = "Risk score, level, top findings and actions for the gateway",
            description = "With `from`, `to` and `dataVersion` (the merchant's data version the caller has read, as "
                    + "the gateway's report does), a summary cached for that version is served without reading "
                    + "the merchant.")
    SummaryResponse summary(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @PositiveOrZero Long dataVersion,
            Authentication authentication, Locale locale) {
        return SummaryResponse.of(summaries.summary(Caller.from(authentication), merchantId, from, to, dataVersion),
                texts,
                new Wording(messages, locale), locale);
    }
}
