package com.merchantanalysis.costs.period;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.data.MerchantReader;
import com.merchantanalysis.common.web.InvalidFieldException;

/**
 * Turns the {@code from}/{@code to} a caller gave (either may be missing) into a checked period. Without
 * them the period ends on the merchant's last day with transactions and covers the default number of days.
 * Made by {@code config.PeriodConfiguration} from the settings, so that this package needs none of config.
 */
public class PeriodResolver {

    private final MerchantReader merchants;
    private final int defaultPeriodDays;
    private final LocalDate earliestDate;
    private final Duration maxPeriod;
    private final Clock clock;

    public PeriodResolver(MerchantReader merchants, int defaultPeriodDays, LocalDate earliestDate, Duration maxPeriod,
            Clock clock) {
        this.merchants = merchants;
        this.defaultPeriodDays = defaultPeriodDays;
        this.earliestDate = earliestDate;
        this.maxPeriod = maxPeriod;
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
        int span = defaultPeriodDays - 1;
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
        if (start.isBefore(earliestDate)) {
            throw new InvalidFieldException("from", "must not be before " + earliestDate);
        }
        LocalDate today = merchant.today(clock);
        if (to != null && to.isAfter(today)) {
            throw new InvalidFieldException("to", "must not be after the merchant's today (" + today + ")");
        }
        if (from != null && from.isAfter(today)) {
            throw new InvalidFieldException("from", "must not be after the merchant's today (" + today + ")");
        }
        return ReportingPeriod.of(start, end, maxPeriod);
    }
}
