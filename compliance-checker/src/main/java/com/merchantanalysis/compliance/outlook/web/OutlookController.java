package com.merchantanalysis.compliance.outlook.web;

import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.compliance.outlook.domain.OutlookService;
import com.merchantanalysis.compliance.web.FindingTexts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance/merchants")
@Tag(name = "outlook", description = "Near misses and forecast breaches")
class OutlookController {

    private final OutlookService outlooks;
    private final FindingTexts texts;
    private final MessageSource messages;

    OutlookController(OutlookService outlooks, FindingTexts texts, MessageSource messages) {
        this.outlooks = outlooks;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/{merchantId}/outlook")
    @Operation(summary = "Near misses now, the chance next month's ratios cross their lines, and licence expiry")
    OutlookResponse outlook(@PathVariable String merchantId, Authentication authentication, Locale locale) {
        return OutlookResponse.of(outlooks.outlook(Caller.from(authentication), merchantId), texts,
                new Wording(messages, locale), locale);
    }
}
