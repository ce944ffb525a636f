package com.merchantanalysis.costs.period;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.merchantanalysis.common.web.InvalidFieldException;

/** The days a report covers, {@code from} and {@code to} both included. */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public ReportingPeriod {
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after to (" + to + ")");
        }
    }

    /** The period a caller asked for, refused if it is longer than {@code maxPeriod}. */
    public static ReportingPeriod of(LocalDate from, LocalDate to, Duration maxPeriod) {
        ReportingPeriod period = new ReportingPeriod(from, to);
        if (period.days() > maxPeriod.toDays()) {
            throw new InvalidFieldException("to", "the period covers " + period.days() + " days; at most "
                    + maxPeriod.toDays() + " are allowed");
        }
        return period;
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
