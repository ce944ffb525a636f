package com.merchantanalysis.cashflow.balance.web;

import java.time.LocalDate;
import java.util.Locale;

import com.merchantanalysis.cashflow.balance.domain.BalanceService;
import com.merchantanalysis.common.text.Wording;
import com.merchantanalysis.common.security.Caller;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cashflow/merchants")
class BalanceController {

    private final BalanceService balances;
    private final MessageSource messages;

    BalanceController(BalanceService balances, MessageSource messages) {
        this.balances = balances;
        this.messages = messages;
    }

    /** The cash position at the end of {@code asOf} (yyyy-MM-dd); without it, today in the merchant's zone. */
    @GetMapping("/{merchantId}/balance")
    BalanceResponse balance(@PathVariable String merchantId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Authentication authentication, Locale locale) {
        return BalanceResponse.of(balances.position(Caller.from(authentication), merchantId, asOf),
                new Wording(messages, locale));
    }
}
