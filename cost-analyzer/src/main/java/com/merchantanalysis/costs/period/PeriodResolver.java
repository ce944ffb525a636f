package com.merchantanalysis.costs.period;

import java.time.Clock;
import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.web.InvalidFieldException;
import com.merchantanalysis.costs.config.CostSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code from}/{@code to} a caller gave (either may be missing) into a checked period. Without
 * them the period ends on the merchant's last day with transactions and covers the default number of days.
 */
@Component
public class PeriodResolver {

    private final MerchantReader merchants;
    private final CostSettings settings;
    private final Clock clock;

    @Autowired
    PeriodResolver(MerchantReader merchants, CostSettings settings) {
        this(merchants, settings, Clock.systemUTC());
    }

    PeriodResolver(MerchantReader merchants, CostSettings settings, Clock clock) {
        this.merchants = merchants;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The cache key of a request's period, as given: a missing bound stays missing, because the default
     * period depends only on the data, whose version is part of every key.
     */
    public static String key(LocalDate from, LocalDate to) {
        return (from == null ? "-" : from.toString()) + ":" + (to == null ? "-" : to.toString());
    }

    public ReportingPeriod resolve(MerchantDocument merchant, LocalDate from, LocalDate to) {
        int span = settings.defaultPeriodDays() - 1;
        LocalDate end = to;
        LocalDate start = from;
        if (start == null && end == null) {
            // The same last day as the other services', so that a report's sections cover the same days.
            end = merchants.lastDayWithTransactions(merchant).orElseGet(() -> merchant.today(clock));
        }
        if (start == null) {
            start = end.minusDays(span);
        } else if (end == null) {
            end = start.plusDays(span);
        }
        if (start.isBefore(settings.earliestDate())) {
            throw new InvalidFieldException("from", "must not be before " + settings.earliestDate());
        }
        LocalDate today = merchant.today(clock);
        if (to != null && to.isAfter(today)) {
            throw new InvalidFieldException("to", "must not be after the merchant's today (" + today + ")");
        }
        if (from != null && from.isAfter(today)) {
            throw new InvalidFieldException("from", "must not be after the merchant's today (" + today + ")");
        }
        return ReportingPeriod.of(start, end, settings.maxPeriod());
    }
}
