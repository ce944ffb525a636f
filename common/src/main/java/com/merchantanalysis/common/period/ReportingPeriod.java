package com.merchantanalysis.common.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.merchantanalysis.common.web.InvalidFieldException;

/** The merchant-local days an analysis covers, {@code from} and {@code to} both included. */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    public ReportingPeriod {
        if (from == null) {
            throw new InvalidFieldException("from", "is required");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "is required");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after to (" + to + ")");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
