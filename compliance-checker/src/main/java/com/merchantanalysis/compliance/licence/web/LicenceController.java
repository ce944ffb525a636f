package com.merchantanalysis.compliance.licence.web;

import java.time.LocalDate;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.compliance.licence.domain.LicenceService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/compliance/merchants")
class LicenceController {

    private final LicenceService licences;

    LicenceController(LicenceService licences) {
        this.licences = licences;
    }

    /** The merchant's licences as of {@code asOf} (yyyy-MM-dd); without it, today in the merchant's zone. */
    @GetMapping("/{merchantId}/licences")
    LicenceReviewResponse licences(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication) {
        return LicenceReviewResponse.of(licences.review(Caller.from(authentication), merchantId, asOf));
    }
}
