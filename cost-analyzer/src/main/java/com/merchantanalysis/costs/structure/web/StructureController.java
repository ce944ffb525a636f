package com.merchantanalysis.costs.structure.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.common.security.Caller;
import com.merchantanalysis.costs.structure.domain.StructureService;
import com.merchantanalysis.costs.structure.model.StructureReport;

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
@Tag(name = "Cost structure")
class StructureController {

    private final StructureService structure;

    StructureController(StructureService structure) {
        this.structure = structure;
    }

    @Operation(summary = "Revenue, cost lines with their shares, margins and change against a comparison period",
            description = "Without from/to: the 90 days ending on the merchant's last day with data.")
    @GetMapping("/{merchantId}/structure")
    StructureReport structure(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "previous (the days just before) or yoy (the same days a year earlier)")
            @RequestParam(required = false, defaultValue = "previous") String compareTo,
            @Parameter(hidden = true) Locale locale, Authentication authentication) {
        return structure.structure(Caller.from(authentication), merchantId, from, to, compareTo, locale);
    }
}
