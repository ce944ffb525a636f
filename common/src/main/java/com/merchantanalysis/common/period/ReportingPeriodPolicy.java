package com.merchantanalysis.common.period;

import java.time.Clock;
import java.time.LocalDate;

import com.merchantanalysis.common.data.MerchantDocument;
import com.merchantanalysis.common.web.InvalidFieldException;

/**
 * Turns the {@code from}/{@code to} a caller gave (either may be missing) into the days an analysis
 * covers. A missing end is the merchant's last day with transactions; a missing start is
 * {@code defaultDays} before the end, but never before the merchant's first day with data, so that days
 * without any data are not counted as a quiet period. {@code /merchant/analyze} resolves the period once
 * here and passes it to every section explicitly.
 */
public class ReportingPeriodPolicy {

    private final PeriodSettings settings;
    private final Clock clock;

    public ReportingPeriodPolicy(PeriodSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Where a default period ends and a forecast starts from: the merchant's last business day with
     * transactions (a day that only received settlements of earlier sales does not count), or its today
     * when it has none yet.
     */
    public LocalDate lastDay(MerchantDocument merchant) {
        return merchant.lastTransactionDay() != null ? merchant.lastTransactionDay() : merchant.today(clock);
    }

    public ReportingPeriod resolve(MerchantDocument merchant, LocalDate from, LocalDate to) {
        LocalDate today = merchant.today(clock);
        if (to != null && to.isAfter(today)) {
            throw new InvalidFieldException("to", "must not be after the merchant's today (" + today + ")");
        }
        if (from != null && from.isAfter(today)) {
            throw new InvalidFieldException("from", "must not be after the merchant's today (" + today + ")");
        }
        int span = settings.defaultDays() - 1;
        LocalDate last = lastDay(merchant);
        LocalDate end = to;
        if (end == null) {
            // From a given start: the default length, cut at the last day with data (at today when the data ends
            // before the start).
            end = from == null ? last : earliest(from.plusDays(span), last.isBefore(from) ? today : last);
        }
        LocalDate start = from;
        if (start == null) {
            start = end.minusDays(span);
            LocalDate firstData = merchant.dataFrom();
            if (firstData != null && firstData.isAfter(start) && !firstData.isAfter(end)) {
                start = firstData;
            }
        }
        return checked(start, end);
    }

    /** A period both of whose ends the caller gave, checked against the limits. */
    public ReportingPeriod checked(LocalDate from, LocalDate to) {
        ReportingPeriod period = new ReportingPeriod(from, to);
        if (from.isBefore(settings.earliestDate())) {
            throw new InvalidFieldException("from", "must not be before " + settings.earliestDate());
        }
        if (period.days() > settings.maxDays()) {
            throw new InvalidFieldException("to", "the period covers " + period.days() + " days; at most "
                    + settings.maxDays() + " are allowed");
        }
        return period;
    }

    public PeriodSettings settings() {
        return settings;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
